import type { DocExtraction, Entity, ExtractionResult, Relation } from './types';
import type { EntityType } from './ontology';
import { crossLanguageKeys } from './crossLanguage';
import { entityId, relationId } from './ids';
import {
  abbreviationFirsts,
  companyCore,
  isAbbreviation,
  isCompanyShortForm,
} from './zh/shortForms';

/** Union-find over entity indices. */
class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[i] !== r) {
      const next = this.parent[i] as number;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Types that may merge when a cross-language key matches (an English 'Lab' may be our 'Institute'). */
function compatible(a: EntityType, b: EntityType): boolean {
  if (a === b) return true;
  const research = new Set<EntityType>(['Lab', 'Institute']);
  return research.has(a) && research.has(b);
}

/** Short form in either direction (平伟汽车 / 重庆平伟汽车系统有限公司; 市畜科院 / 重庆市畜牧科学院). */
function shortFormOf(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'Company')
    return isCompanyShortForm(a.name, b.name) || isCompanyShortForm(b.name, a.name);
  if (a.type === 'Institute' || a.type === 'University')
    return isAbbreviation(a.name, b.name) || isAbbreviation(b.name, a.name);
  return false;
}

/** Canonical name of a merged group: the longest Chinese name (full legal names are longest). */
function pickName(group: Entity[]): string {
  return (
    [...group].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))[0]
      ?.name ?? ''
  );
}

/**
 * Merges per-document extractions: entities of one type sharing a name or alias, short forms,
 * and entities sharing a cross-language key become one node with a stable id. Deterministic:
 * the output order follows document order and first appearance.
 */
export function resolveDocuments(docs: DocExtraction[]): ExtractionResult {
  const all: Entity[] = docs.flatMap((d) => d.entities);
  const g = new Groups(all.length);
  const byAlias = new Map<string, number>();
  const byKey = new Map<string, number>();
  all.forEach((e, i) => {
    for (const a of e.aliases) {
      const k = e.type + '|' + a;
      const j = byAlias.get(k);
      if (j === undefined) byAlias.set(k, i);
      else g.union(i, j);
    }
    for (const key of crossLanguageKeys(e)) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else if (compatible(e.type, (all[j] as Entity).type)) g.union(i, j);
    }
  });
  // Short forms across documents, grouped by type. Within a type, a short form shares the first
  // character of the longer name's core (companies) or of its place-less form (abbreviations),
  // so each entity is compared only with the entities indexed under its own first character.
  const buckets = new Map<string, number[]>();
  all.forEach((e, i) => {
    const list = buckets.get(e.type);
    if (list) list.push(i);
    else buckets.set(e.type, [i]);
  });
  for (const [type, list] of buckets) {
    if (list.length > 2000) continue; // very large merges rely on exact aliases only
    if (type !== 'Company' && type !== 'Institute' && type !== 'University') continue;
    const index = new Map<string, number[]>();
    const keyOf = (name: string): string =>
      type === 'Company' ? (companyCore(name)[0] ?? '') : (name[0] ?? '');
    for (const i of list) {
      const name = (all[i] as Entity).name;
      const keys = type === 'Company' ? [keyOf(name)] : abbreviationFirsts(name);
      for (const k of keys) {
        const bucket = index.get(k);
        if (bucket) bucket.push(i);
        else index.set(k, [i]);
      }
    }
    for (const x of list) {
      const a = all[x] as Entity;
      for (const y of index.get(keyOf(a.name)) ?? []) {
        if (y === x) continue;
        if (shortFormOf(a, all[y] as Entity)) g.union(x, y);
      }
    }
  }
  const groups = new Map<number, Entity[]>();
  all.forEach((e, i) => {
    const r = g.find(i);
    const list = groups.get(r) ?? [];
    list.push(e);
    groups.set(r, list);
  });
  const idMap = new Map<string, string>();
  const entities: Entity[] = [];
  const byId = new Map<string, Entity>();
  for (const group of groups.values()) {
    const first = group[0] as Entity;
    const name = pickName(group);
    const id = entityId(first.type, name);
    const merged: Entity = { id, name, type: first.type, aliases: [name], mentions: [] };
    for (const e of group) {
      idMap.set(e.id, id);
      for (const a of e.aliases) if (!merged.aliases.includes(a)) merged.aliases.push(a);
      merged.mentions.push(...e.mentions);
      if (e.names) merged.names = { ...merged.names, ...e.names };
    }
    const existing = byId.get(id);
    if (existing) {
      for (const a of merged.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      existing.mentions.push(...merged.mentions);
    } else {
      entities.push(merged);
      byId.set(id, merged);
    }
  }
  const relations = new Map<string, Relation>();
  for (const d of docs) {
    for (const r of d.relations) {
      const source = idMap.get(r.source) ?? r.source;
      const target = idMap.get(r.target) ?? r.target;
      if (source === target) continue;
      const id = relationId(r.type, source, target);
      const prev = relations.get(id);
      if (prev) {
        prev.confidence = Math.max(prev.confidence, r.confidence);
        for (const ev of r.evidence)
          if (!prev.evidence.some((x) => x.doc === ev.doc && x.start === ev.start))
            prev.evidence.push(ev);
      } else relations.set(id, { ...r, id, source, target, evidence: [...r.evidence] });
    }
  }
  return { documents: docs.map((d) => d.document), entities, relations: [...relations.values()] };
}
