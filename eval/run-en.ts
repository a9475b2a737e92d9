/**
 * Scores the English pipeline on eval/fixtures/en: NAME.txt + NAME.gold.json
 * ({ source, split: 'dev' | 'heldout', entities: [{ name, type, aliases? }],
 *    relations: [{ type, source, target }] } with entity names as endpoints).
 * Usage: npx tsx eval/run-en.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { extractEnglishDocument } from '../graph/en';
import type { DocExtraction } from '../graph/types';

interface GoldEntity {
  name: string;
  type: string;
  aliases?: string[];
}
interface GoldRelation {
  type: string;
  source: string;
  target: string;
}
interface Gold {
  source: string;
  split?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const FIXTURES = join(__dirname, 'fixtures', 'en');
const verbose = process.argv.includes('--verbose');

/** Name comparison ignores case, a leading article and punctuation. */
function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9\u4e00-\u9fff]+/g, ' ')
    .trim();
}

function score(gold: Gold, out: DocExtraction, name: string): { ent: Counts; rel: Counts } {
  // Gold entity key -> predicted entity id (same type, any shared name/alias).
  const goldToPred = new Map<string, string>();
  const matchedPred = new Set<string>();
  for (const g of gold.entities) {
    const forms = new Set([g.name, ...(g.aliases ?? [])].map(norm));
    const p = out.entities.find(
      (e) =>
        e.type === g.type &&
        !matchedPred.has(e.id) &&
        [e.name, ...e.aliases].some((a) => forms.has(norm(a))),
    );
    if (p) {
      goldToPred.set(g.name, p.id);
      matchedPred.add(p.id);
    } else if (verbose) console.log(`  [${name}] missed entity ${g.type} ${g.name}`);
  }
  if (verbose) {
    for (const e of out.entities)
      if (!matchedPred.has(e.id)) console.log(`  [${name}] spurious entity ${e.type} ${e.name}`);
  }
  const ent = {
    tp: matchedPred.size,
    fp: out.entities.length - matchedPred.size,
    fn: gold.entities.length - matchedPred.size,
  };
  const key = (t: string, s: string, g: string): string =>
    t === 'CO_BUILDS' ? `${t}|${[s, g].sort().join('|')}` : `${t}|${s}|${g}`;
  const goldKeys = new Set(
    gold.relations.map((r) =>
      key(
        r.type,
        goldToPred.get(r.source) ?? `gold:${r.source}`,
        goldToPred.get(r.target) ?? `gold:${r.target}`,
      ),
    ),
  );
  const predKeys = new Set(out.relations.map((r) => key(r.type, r.source, r.target)));
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  let tp = 0;
  for (const k of predKeys) {
    if (goldKeys.has(k)) tp++;
    else if (verbose) {
      const [t, s, g] = k.split('|');
      console.log(
        `  [${name}] spurious relation ${t} ${names.get(s ?? '')} -> ${names.get(g ?? '')}`,
      );
    }
  }
  if (verbose)
    for (const k of goldKeys)
      if (!predKeys.has(k))
        console.log(
          `  [${name}] missed relation ${k.replace(/e_[0-9a-f]+/g, (id) => names.get(id) ?? id)}`,
        );
  return { ent, rel: { tp, fp: predKeys.size - tp, fn: goldKeys.size - tp } };
}

function f1(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
}

const totals = new Map<string, { ent: Counts; rel: Counts }>();
for (const file of readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const name = file.replace(/\.gold\.json$/, '');
  const gold = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Gold;
  const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
  const out = extractEnglishDocument({ id: name, text, lang: 'en' });
  const s = score(gold, out, name);
  const split = gold.split ?? 'dev';
  const t = totals.get(split) ?? { ent: { tp: 0, fp: 0, fn: 0 }, rel: { tp: 0, fp: 0, fn: 0 } };
  for (const k of ['tp', 'fp', 'fn'] as const) {
    t.ent[k] += s.ent[k];
    t.rel[k] += s.rel[k];
  }
  totals.set(split, t);
  console.log(
    `${split.padEnd(8)} ${name.padEnd(30)} entities ${f1(s.ent)} | relations ${f1(s.rel)}`,
  );
}
for (const [split, t] of totals) {
  console.log(`TOTAL ${split.padEnd(8)} entities ${f1(t.ent)}`);
  console.log(`TOTAL ${split.padEnd(8)} relations ${f1(t.rel)}`);
}
