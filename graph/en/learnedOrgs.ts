/**
 * The learned organisation layer (English): a linear model trained offline on the annotated
 * articles (eval/train/en-organisations.ts) judges candidate name spans by their words, shapes and
 * context (./orgSpans.ts). Each use (add organisations the rules missed, drop rule entities the
 * model reads as no entity, correct a rule entity's type, or recognise the named organisations
 * itself in place of the rules) has its own threshold, chosen by cross-validation by article; a use
 * whose threshold is null stays off.
 */
import learnedData from '../data/learned/en-organisations.json';
import { entityId } from '../ids';
import { abbreviates } from './abbreviates';
import { asLinearModel, NONE, probabilities, type LinearModel } from '../learn/linearModel';
import type { EntityType } from '../ontology';
import type { Entity } from '../types';
import type { RecognisedEntities } from './entities';
import type { Candidate } from './mentions';
import { scoreableSpans, type ScoredSpan } from './orgSpans';
import type { EnglishSentence } from './sentences';

/** Thresholds of the four uses; null turns a use off. */
export interface LearnedUses {
  /** Least probability of an organisation type for a span no rule found to become an entity. */
  readonly add: number | null;
  /** Least mean probability of NONE over a rule entity's mentions for it to be dropped. */
  readonly drop: number | null;
  /** Least mean probability of another type for a rule entity to take that type. */
  readonly retype: number | null;
  /**
   * The model alone recognises named organisations: the rules' ones (REPLACED_TYPES) are left
   * out and spans of at least this probability are added (places, people and governments stay
   * with the rules).
   */
  readonly replace: number | null;
}

/** True when no use is on: the layer leaves the rules' entities as they are. */
export function isOff(uses: LearnedUses): boolean {
  return uses.add === null && uses.drop === null && uses.retype === null && uses.replace === null;
}

/** Types the layer may add: organisations (places and people stay with the rules). */
export const ADD_TYPES: ReadonlySet<string> = new Set<EntityType>([
  'Company',
  'University',
  'Lab',
  'Institute',
  'Fund',
  'Other',
]);

/**
 * Types the model takes over from the rules under `replace`: named organisations. Governments and
 * other bodies ('Other', often written in lower case: "the Chengdu city government") stay with the
 * rules, whose candidates the model's capitalised spans do not cover.
 */
export const REPLACED_TYPES: ReadonlySet<string> = new Set<EntityType>([
  'Company',
  'University',
  'Lab',
  'Institute',
  'Fund',
]);

/** Types whose entities the layer may drop or retype (organisations, as for adding). */
export const JUDGED_TYPES: ReadonlySet<string> = ADD_TYPES;

interface LearnedFile {
  model: unknown;
  uses: LearnedUses;
}

const FILE = learnedData as unknown as LearnedFile;

/** The stored model, checked once at load. */
export const LEARNED_MODEL: LinearModel = asLinearModel(FILE.model);

/** The stored thresholds (all null before training chose any). */
export const LEARNED_USES: LearnedUses = Object.freeze({ ...FILE.uses });

/** Mean class probabilities over the given spans. */
function meanProbabilities(model: LinearModel, spans: readonly ScoredSpan[]): number[] {
  const sum = model.labels.map(() => 0);
  for (const s of spans) probabilities(model, s.features).forEach((p, k) => (sum[k]! += p));
  return sum.map((x) => x / spans.length);
}

/** The most probable label among `allowed`, with its probability. */
function bestOf(
  model: LinearModel,
  probs: readonly number[],
  allowed: (label: string) => boolean,
): { label: string; probability: number } | undefined {
  let best: { label: string; probability: number } | undefined;
  model.labels.forEach((label, k) => {
    if (allowed(label) && (!best || probs[k]! > best.probability))
      best = { label, probability: probs[k]! };
  });
  return best;
}

function spanKey(start: number, end: number): string {
  return `${start}:${end}`;
}

/** Replaces entity ids in the per-sentence lists (and drops the mentions of removed ids). */
function remap(
  perSentence: RecognisedEntities['perSentence'],
  ids: ReadonlyMap<string, string | null>,
  types: ReadonlyMap<string, EntityType>,
): RecognisedEntities['perSentence'] {
  return perSentence.map((list) =>
    list.flatMap((c) => {
      const to = ids.get(c.entity);
      if (to === null) return [];
      if (to === undefined) return [c];
      return [{ ...c, entity: to, type: types.get(to) ?? c.type }];
    }),
  );
}

/**
 * Applies the model's uses to the rules' entities, given the document's scored spans. Pure: the
 * input is not changed.
 */
export function applyLearnedOrganisations(
  docId: string,
  rules: RecognisedEntities,
  spans: readonly ScoredSpan[],
  model: LinearModel,
  uses: LearnedUses,
): RecognisedEntities {
  if (isOff(uses)) return rules;
  const bySpan = new Map(spans.map((s) => [spanKey(s.start, s.end), s]));
  const noneAt = model.labels.indexOf(NONE);
  const ids = new Map<string, string | null>();
  const types = new Map<string, EntityType>();
  const taken = new Set(rules.entities.map((e) => `${e.type}|${e.name.toLowerCase()}`));
  const entities: Entity[] = [];
  for (const rule of rules.entities) {
    // A copy: added names may join a rule entity as aliases, and the input stays as it was.
    const e = { ...rule, aliases: [...rule.aliases], mentions: [...rule.mentions] };
    if (uses.replace !== null && REPLACED_TYPES.has(e.type)) {
      ids.set(e.id, null);
      continue;
    }
    const own = e.mentions.flatMap((m) => bySpan.get(spanKey(m.start, m.end)) ?? []);
    if (!JUDGED_TYPES.has(e.type) || own.length === 0) {
      entities.push(e);
      continue;
    }
    const probs = meanProbabilities(model, own);
    if (uses.drop !== null && noneAt >= 0 && probs[noneAt]! >= uses.drop) {
      ids.set(e.id, null);
      continue;
    }
    const other = bestOf(model, probs, (l) => l !== NONE && l !== e.type && ADD_TYPES.has(l));
    const key = other && `${other.label}|${e.name.toLowerCase()}`;
    if (
      uses.retype !== null &&
      other &&
      key &&
      other.probability >= uses.retype &&
      !taken.has(key)
    ) {
      const type = other.label as EntityType;
      const id = entityId(type, e.name);
      taken.add(key);
      ids.set(e.id, id);
      types.set(id, type);
      entities.push({ ...e, id, type });
      continue;
    }
    entities.push(e);
  }
  const perSentence = remap(rules.perSentence, ids, types);
  const add = uses.replace ?? uses.add;
  if (add !== null) addMissed(docId, entities, perSentence, spans, model, add);
  return { entities, perSentence };
}

/** A name as an entity is called: no leading article, single spaces. */
function nameOf(span: ScoredSpan): string {
  return span.text.replace(/^the\s+/i, '').replace(/\s+/g, ' ');
}

/** "CAS" ~ "Chinese Academy of Sciences": initials with or without the small words. */
function abbreviatesName(short: string, long: string): boolean {
  return (
    abbreviates(short, long) ||
    abbreviates(short, long.replace(/\s+(?:of|and|for|the|de|on|in|&)(?=\s)/gi, ''))
  );
}

/**
 * The entity an added name belongs to: one of the same type that it opens or closes ("Tsinghua"
 * / "Tsinghua University"), or any organisation it abbreviates or is abbreviated by.
 */
function sameOrganisation(
  entities: readonly Entity[],
  name: string,
  type: string,
): Entity | undefined {
  return entities.find(
    (e) =>
      ADD_TYPES.has(e.type) &&
      e.aliases.some(
        (a) =>
          (e.type === type && sharesEdge(a, name)) ||
          abbreviatesName(a, name) ||
          abbreviatesName(name, a),
      ),
  );
}

/**
 * Adds organisations at spans no kept entity covers. Every occurrence of a name is judged
 * together (mean probabilities), so a name takes one type in a document; the most probable
 * names are placed first and no two added spans overlap.
 */
function addMissed(
  docId: string,
  entities: Entity[],
  perSentence: Array<Array<Candidate & { entity: string }>>,
  spans: readonly ScoredSpan[],
  model: LinearModel,
  threshold: number,
): void {
  const covered: Array<[number, number]> = entities.flatMap((e) =>
    e.mentions.map((m) => [m.start, m.end] as [number, number]),
  );
  const overlaps = (s: ScoredSpan): boolean => covered.some(([a, b]) => a < s.end && s.start < b);
  const known = new Set(entities.flatMap((e) => e.aliases.map((a) => a.toLowerCase())));
  const byName = new Map<string, ScoredSpan[]>();
  for (const s of spans) {
    if (overlaps(s)) continue;
    const key = nameOf(s).toLowerCase();
    if (known.has(key)) continue;
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  const found = [...byName.values()]
    .flatMap((group) => {
      const best = bestOf(model, meanProbabilities(model, group), (l) => l !== NONE);
      return best && ADD_TYPES.has(best.label) && best.probability >= threshold
        ? group.map((span) => ({ span, ...best }))
        : [];
    })
    .sort((x, y) => y.probability - x.probability || x.span.start - y.span.start);
  const added = new Map<string, Entity>();
  for (const f of found) {
    const { span } = f;
    if (overlaps(span)) continue;
    covered.push([span.start, span.end]);
    const name = nameOf(span);
    const key = name.toLowerCase();
    let entity = added.get(key) ?? sameOrganisation(entities, name, f.label);
    if (!entity) {
      const type = f.label as EntityType;
      entity = {
        id: entityId(type, name),
        name,
        type,
        aliases: [],
        mentions: [],
        names: { en: name },
      };
      entities.push(entity);
    }
    added.set(key, entity);
    if (!entity.aliases.includes(name)) entity.aliases.push(name);
    entity.mentions.push({ doc: docId, start: span.start, end: span.end, text: span.text });
    const list = perSentence[span.sentence];
    if (!list) continue;
    list.push({ ...candidateOf(span, name, entity.type, f.probability), entity: entity.id });
    list.sort((a, b) => a.start - b.start);
  }
}

/** True when one name opens or closes the other at a word boundary ("Tsinghua" / "Tsinghua University"). */
function sharesEdge(a: string, b: string): boolean {
  const [x, y] =
    a.length < b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  return x !== y && (y.startsWith(`${x} `) || y.endsWith(` ${x}`));
}

function candidateOf(span: ScoredSpan, name: string, type: EntityType, score: number): Candidate {
  return { start: span.start, end: span.end, text: span.text, name, type, score };
}

/** The layer inside the English entity step, with the stored model and thresholds. */
export function refineWithLearnedOrganisations(
  docId: string,
  text: string,
  sentences: readonly EnglishSentence[],
  rules: RecognisedEntities,
  model: LinearModel = LEARNED_MODEL,
  uses: LearnedUses = LEARNED_USES,
): RecognisedEntities {
  if (isOff(uses)) return rules;
  return applyLearnedOrganisations(
    docId,
    rules,
    scoreableSpans(text, sentences, rules.entities),
    model,
    uses,
  );
}
