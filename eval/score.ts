/**
 * Language-agnostic scorer: precision/recall/F1 of entities (name + type) and relations
 * (type + endpoints) of one document against hand-annotated gold. Pure: no I/O.
 */

export interface GoldEntity {
  name: string;
  type: string;
  /** Other surface forms that count as the same entity (short forms, caption names). */
  aliases?: string[];
  /** Ambiguous items: finding them is not rewarded, not finding them is not penalised. */
  optional?: boolean;
}

export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  optional?: boolean;
}

export interface Gold {
  source?: string;
  /** 'sample' | 'tuned' | 'heldout' (how the article was used while building the extractor). */
  split?: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}

/** What the scorer needs of a prediction (an ExtractionResult or DocExtraction fits). */
export interface Predicted {
  entities: Array<{ id: string; name: string; type: string; aliases: string[] }>;
  relations: Array<{ type: string; source: string; target: string }>;
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DocScore {
  entities: Prf;
  relations: Prf;
  missedEntities: string[];
  spuriousEntities: string[];
  missedRelations: string[];
  spuriousRelations: string[];
}

/** Relation types whose direction carries no meaning in the gold (two co-builders). */
const UNDIRECTED = new Set(['CO_BUILDS']);

export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function relKey(type: string, a: string, b: string): string {
  if (UNDIRECTED.has(type) && b < a) [a, b] = [b, a];
  return `${type}|${a}|${b}`;
}

/** Name comparison ignores case, a leading English article and runs of spaces. */
export function formKey(name: string): string {
  return name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** How the predicted entities of a document match its gold entities. */
export interface EntityMatch {
  /** Gold name each matched predicted entity id stands for (optional and duplicate ones too). */
  predToGold: Map<string, string>;
  /** Indexes of the required gold entities found. */
  matchedGold: Set<number>;
  tp: number;
  fp: number;
  spuriousEntities: string[];
}

/** Matches predicted entities to gold ones by type and any shared form; each gold entity counts once. */
export function matchEntities(gold: Gold, pred: Predicted): EntityMatch {
  const goldForms = gold.entities.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(formKey)));
  const matchedGold = new Set<number>();
  const predToGold = new Map<string, string>();
  const spuriousEntities: string[] = [];
  let tp = 0;
  let fp = 0;
  // Predicted entities with more surface forms first: a full name should claim its gold entry.
  const order = [...pred.entities].sort(
    (a, b) => b.aliases.length - a.aliases.length || (a.name < b.name ? -1 : 1),
  );
  for (const p of order) {
    const forms = [p.name, ...p.aliases].map(formKey);
    const candidates = gold.entities
      .map((g, i) => ({ g, i }))
      .filter(
        ({ g, i }) => g.type === p.type && forms.some((f) => (goldForms[i] as Set<string>).has(f)),
      );
    const free = candidates.find(({ g, i }) => !g.optional && !matchedGold.has(i));
    if (free) {
      matchedGold.add(free.i);
      predToGold.set(p.id, free.g.name);
      tp++;
      continue;
    }
    const any = candidates[0];
    if (any) {
      predToGold.set(p.id, any.g.name);
      if (!any.g.optional) {
        fp++; // a second node for an entity already found: failed merge
        spuriousEntities.push(`${p.type}:${p.name} (duplicate)`);
      }
      continue;
    }
    fp++;
    spuriousEntities.push(`${p.type}:${p.name}`);
  }
  return { predToGold, matchedGold, tp, fp, spuriousEntities };
}

/** Scores one document. Each gold entity matches at most one predicted entity. */
export function scoreDocument(gold: Gold, pred: Predicted): DocScore {
  const { predToGold, matchedGold, tp, fp, spuriousEntities } = matchEntities(gold, pred);
  const missedEntities = gold.entities
    .filter((g, i) => !g.optional && !matchedGold.has(i))
    .map((g) => `${g.type}:${g.name}`);
  const entities = prf(tp, fp, missedEntities.length);

  const required = new Map<string, GoldRelation>();
  const optional = new Set<string>();
  for (const r of gold.relations) {
    const k = relKey(r.type, r.source, r.target);
    if (r.optional) optional.add(k);
    else required.set(k, r);
  }
  const found = new Set<string>();
  const spuriousRelations: string[] = [];
  let rfp = 0;
  const nameOf = new Map(pred.entities.map((e) => [e.id, e.name]));
  for (const r of pred.relations) {
    const s = predToGold.get(r.source);
    const t = predToGold.get(r.target);
    const k = s && t ? relKey(r.type, s, t) : '';
    if (k && required.has(k)) {
      found.add(k);
      continue;
    }
    if (k && optional.has(k)) continue;
    rfp++;
    spuriousRelations.push(
      `${r.type}: ${nameOf.get(r.source) ?? r.source} -> ${nameOf.get(r.target) ?? r.target}`,
    );
  }
  const missedRelations = [...required.entries()]
    .filter(([k]) => !found.has(k))
    .map(([, r]) => `${r.type}: ${r.source} -> ${r.target}`);
  const relations = prf(found.size, rfp, missedRelations.length);
  return {
    entities,
    relations,
    missedEntities,
    spuriousEntities,
    missedRelations,
    spuriousRelations,
  };
}

/** Micro-average over documents. */
export function aggregate(scores: readonly DocScore[]): { entities: Prf; relations: Prf } {
  return {
    entities: sumPrf(scores.map((s) => s.entities)),
    relations: sumPrf(scores.map((s) => s.relations)),
  };
}

/** Micro-average of several scores: their counts added, then precision/recall/F1. */
export function sumPrf(scores: readonly Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return prf(tp, fp, fn);
}
