import type { DocExtraction, Entity, ExtractionResult, Relation } from './types';
import type { EntityType } from './ontology';
import { keysOfName } from './crossLanguage';
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

/** Canonical name of a merged group: the longest Chinese name (full legal names are longest). */
function pickName(group: Entity[]): string {
  return (
    [...group].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))[0]
      ?.name ?? ''
  );
}

/**
 * Cross-language keys of an entity (crossLanguageKeys), with the keys of each surface form
 * computed once per resolution: the same names recur in many documents, and romanising them is
 * the costly part.
 */
function keysMemo(): (e: Entity) => string[] {
  const byForm = new Map<string, string[]>();
  return (e) => {
    const forms = new Set<string>([e.name, ...e.aliases]);
    if (e.names?.zh) forms.add(e.names.zh);
    if (e.names?.en) forms.add(e.names.en);
    const keys = new Set<string>();
    for (const form of forms) {
      if (form.trim() === '') continue;
      const memoKey = e.type + '|' + form;
      let list = byForm.get(memoKey);
      if (list === undefined) {
        list = keysOfName(form, e.type);
        byForm.set(memoKey, list);
      }
      for (const key of list) keys.add(key);
    }
    return [...keys];
  };
}

/** Entity indices by distinct name, for one type. */
type NameGroups = Map<string, number[]>;

/** Joins every entity of two names into one group. */
function unionNames(g: Groups, a: readonly number[], b: readonly number[]): void {
  const root = a[0] as number;
  for (const i of a) g.union(root, i);
  for (const i of b) g.union(root, i);
}

/**
 * Company short forms (平伟汽车 / 重庆平伟汽车系统有限公司): a short form's core is a prefix of the
 * long name's core, so each name looks up the names whose core is one of its core's prefixes.
 * Linear in the total length of the distinct names.
 */
function joinCompanyShortForms(g: Groups, names: NameGroups): void {
  const byCore = new Map<string, string[]>();
  for (const name of names.keys()) {
    const core = companyCore(name);
    if (core.length < 2) continue;
    const list = byCore.get(core);
    if (list) list.push(name);
    else byCore.set(core, [name]);
  }
  for (const [long, longIdx] of names) {
    const core = companyCore(long);
    for (let n = 2; n <= core.length; n++) {
      for (const short of byCore.get(core.slice(0, n)) ?? []) {
        if (isCompanyShortForm(short, long)) unionNames(g, longIdx, names.get(short) as number[]);
      }
    }
  }
}

/**
 * Abbreviations of institutes and universities (市畜科院 / 重庆市畜牧科学院): an abbreviation keeps
 * the first and last character of the long name (without its leading places), so long names are
 * indexed by those two characters and each name looks up its own.
 */
function joinAbbreviations(g: Groups, names: NameGroups): void {
  const index = new Map<string, string[]>();
  for (const long of names.keys()) {
    const last = long[long.length - 1] ?? '';
    for (const first of abbreviationFirsts(long)) {
      const k = first + last;
      const list = index.get(k);
      if (list) list.push(long);
      else index.set(k, [long]);
    }
  }
  for (const [short, shortIdx] of names) {
    for (const long of index.get((short[0] ?? '') + (short[short.length - 1] ?? '')) ?? []) {
      if (long !== short && isAbbreviation(short, long))
        unionNames(g, shortIdx, names.get(long) as number[]);
    }
  }
}

/**
 * Merges per-document extractions: entities of one type sharing a name or alias, short forms,
 * and entities sharing a cross-language key become one node with a stable id. Deterministic:
 * the output order follows document order and first appearance. Linear in the number of
 * entities, mentions and evidence items (short forms are looked up by index, never by pairs).
 */
export function resolveDocuments(docs: DocExtraction[]): ExtractionResult {
  const all: Entity[] = docs.flatMap((d) => d.entities);
  const g = new Groups(all.length);
  const byAlias = new Map<string, number>();
  const byKey = new Map<string, number>();
  const keysOf = keysMemo();
  all.forEach((e, i) => {
    for (const a of e.aliases) {
      const k = e.type + '|' + a;
      const j = byAlias.get(k);
      if (j === undefined) byAlias.set(k, i);
      else g.union(i, j);
    }
    for (const key of keysOf(e)) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else if (compatible(e.type, (all[j] as Entity).type)) g.union(i, j);
    }
  });
  // Short forms across documents, per type, compared by distinct name.
  const byTypeName = new Map<EntityType, NameGroups>();
  all.forEach((e, i) => {
    let names = byTypeName.get(e.type);
    if (!names) byTypeName.set(e.type, (names = new Map()));
    const list = names.get(e.name);
    if (list) list.push(i);
    else names.set(e.name, [i]);
  });
  for (const [type, names] of byTypeName) {
    if (type === 'Company') joinCompanyShortForms(g, names);
    else if (type === 'Institute' || type === 'University') joinAbbreviations(g, names);
  }
  const groups = new Map<number, Entity[]>();
  all.forEach((e, i) => {
    const r = g.find(i);
    const list = groups.get(r);
    if (list) list.push(e);
    else groups.set(r, [e]);
  });
  const idMap = new Map<string, string>();
  const entities: Entity[] = [];
  const byId = new Map<string, { entity: Entity; aliases: Set<string> }>();
  for (const group of groups.values()) {
    const first = group[0] as Entity;
    const name = pickName(group);
    const id = entityId(first.type, name);
    let target = byId.get(id);
    // Two groups can only meet on one id through the same picked name: the later one then adds
    // its aliases and mentions to the first.
    const isNew = target === undefined;
    if (!target) {
      target = {
        entity: { id, name, type: first.type, aliases: [name], mentions: [] },
        aliases: new Set([name]),
      };
      entities.push(target.entity);
      byId.set(id, target);
    }
    const merged = target.entity;
    for (const e of group) {
      idMap.set(e.id, id);
      for (const a of e.aliases) {
        if (target.aliases.has(a)) continue;
        target.aliases.add(a);
        merged.aliases.push(a);
      }
      for (const m of e.mentions) merged.mentions.push(m);
      if (e.names && isNew) merged.names = { ...merged.names, ...e.names };
    }
  }
  const relations = new Map<string, { relation: Relation; seen: Set<string> }>();
  for (const d of docs) {
    for (const r of d.relations) {
      const source = idMap.get(r.source) ?? r.source;
      const target = idMap.get(r.target) ?? r.target;
      if (source === target) continue;
      const id = relationId(r.type, source, target);
      const prev = relations.get(id);
      if (prev) {
        prev.relation.confidence = Math.max(prev.relation.confidence, r.confidence);
        for (const ev of r.evidence) {
          const k = ev.doc + '|' + ev.start;
          if (prev.seen.has(k)) continue;
          prev.seen.add(k);
          prev.relation.evidence.push(ev);
        }
      } else {
        const relation: Relation = { ...r, id, source, target, evidence: [...r.evidence] };
        relations.set(id, {
          relation,
          seen: new Set(r.evidence.map((ev) => ev.doc + '|' + ev.start)),
        });
      }
    }
  }
  return {
    documents: docs.map((d) => d.document),
    entities,
    relations: [...relations.values()].map((x) => x.relation),
  };
}
