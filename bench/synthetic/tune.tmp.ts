import { generateCorpus } from './corpus';
const n = Number(process.argv[2] ?? 1000);
const ents = new Set<string>(); const rels = new Set<string>();
let e = 0, r = 0, chars = 0; const t0 = Date.now();
const deg = new Map<string, number>();
let first = true;
const o = process.env.OPTS ? JSON.parse(process.env.OPTS) : {};
for (const d of generateCorpus(n, o)) {
  if (first) { console.log(d.article.text.slice(0, 600)); first = false; }
  chars += d.article.text.length;
  for (const x of d.extraction.entities) { ents.add(x.id); e++; }
  for (const x of d.extraction.relations) { rels.add(x.id); r++; deg.set(x.source, (deg.get(x.source) ?? 0) + 1); deg.set(x.target, (deg.get(x.target) ?? 0) + 1); }
}
const top = [...deg.values()].sort((a, b) => b - a).slice(0, 5);
console.log({ n, ms: Date.now() - t0, perDocEnt: e / n, perDocRel: r / n, chars: chars / n, uniqEnt: ents.size, uniqRel: rels.size, top, rss: process.memoryUsage().rss / 1e6 });
