/**
 * A user's gazetteer: organisations, places and people the user has confirmed (reviewed
 * extractions, a registry of local firms), recognised wherever they occur with the type given.
 * Rules miss names of shapes they were not written for; a confirmed name is never missed again.
 * Pure: the caller reads the file; this module validates and matches.
 */
import { z } from 'zod';
import { ValidationError } from './errors';
import { ENTITY_TYPES, isEntityType, type EntityType } from './ontology';

/** Limits of a gazetteer file (frozen defaults; each keeps a bad file from exhausting memory). */
export const GAZETTEER_LIMITS = Object.freeze({
  /** Most entries one file may hold. */
  maxEntries: 200_000,
  /** Most aliases of one entry. */
  maxAliases: 50,
  /** Shortest form matched: one character (or one letter) would match inside ordinary words. */
  minFormLength: 2,
  /** Longest form matched. */
  maxFormLength: 120,
});

const form = z
  .string()
  .trim()
  .min(GAZETTEER_LIMITS.minFormLength)
  .max(GAZETTEER_LIMITS.maxFormLength)
  .refine((s) => !/[\n\r]/.test(s), 'a name may not hold a line break');

const entrySchema = z
  .object({
    /** Canonical name: the entity's name in the graph. */
    name: form,
    type: z.enum(ENTITY_TYPES),
    /** Other surface forms (short forms, other spellings) that stand for the same entity. */
    aliases: z.array(form).max(GAZETTEER_LIMITS.maxAliases).optional(),
  })
  .strict();

const fileSchema = z
  .object({
    /** Free text for the people who edit the file. */
    description: z.string().optional(),
    entities: z.array(entrySchema).max(GAZETTEER_LIMITS.maxEntries),
  })
  .strict();

/** One confirmed entity as the file gives it. */
export type GazetteerEntry = z.infer<typeof entrySchema>;

/** One occurrence of a gazetteer form in a text. */
export interface GazetteerMatch {
  start: number;
  end: number;
  /** The surface form matched. */
  text: string;
  /** The entry's canonical name. */
  name: string;
  type: EntityType;
  /** True for a name inside a longer matched one (the institute inside its team's name). */
  nested: boolean;
}

/** A validated gazetteer, ready to match. */
export interface Gazetteer {
  /** Number of entries. */
  readonly size: number;
  /**
   * Leftmost-longest, non-overlapping occurrences of any form in text[from, to), each followed by
   * the names inside it (found the same way within its span; `nested`).
   */
  find(text: string, from?: number, to?: number): GazetteerMatch[];
}

/** ASCII letters and digits: Latin names match only at word boundaries ('Apex' not in 'Apexes'). */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function atBoundary(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if (isWordChar(first) && start > 0 && isWordChar(text.charCodeAt(start - 1))) return false;
  if (isWordChar(last) && end < text.length && isWordChar(text.charCodeAt(end))) return false;
  return true;
}

/** The two UTF-16 units at i as one number: no string is made for the positions that match nothing. */
function prefixKey(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
}

/**
 * Forms are looked up by exact substring: a map of two-character prefixes skips almost every
 * position, and only the lengths of the forms with that prefix are tried there (longest first). This keeps memory
 * at one map entry per form, where a character trie of 10^5 names would hold millions of nodes.
 */
function compile(entries: readonly GazetteerEntry[]): Gazetteer {
  const byForm = new Map<string, GazetteerEntry>();
  for (const entry of entries)
    for (const f of [entry.name, ...(entry.aliases ?? [])]) {
      const earlier = byForm.get(f);
      if (earlier !== undefined && (earlier.name !== entry.name || earlier.type !== entry.type))
        throw new ValidationError(`gazetteer form "${f}" stands for two entries`, {
          form: f,
          entries: [earlier.name, entry.name],
        });
      byForm.set(f, entry);
    }
  // The lengths of the forms that start with each two-character prefix, longest first.
  const lengthsByPrefix = new Map<number, number[]>();
  for (const f of byForm.keys()) {
    const lengths = lengthsByPrefix.get(prefixKey(f, 0)) ?? [];
    if (!lengths.includes(f.length)) lengths.push(f.length);
    lengthsByPrefix.set(prefixKey(f, 0), lengths);
  }
  for (const lengths of lengthsByPrefix.values()) lengths.sort((a, b) => b - a);
  /** The longest form starting at i and ending by `to`, other than the span [i, not). */
  const longestAt = (
    text: string,
    i: number,
    to: number,
    nested: boolean,
    not = -1,
  ): GazetteerMatch | undefined => {
    const lengths = lengthsByPrefix.get(prefixKey(text, i));
    if (lengths === undefined) return undefined;
    for (const length of lengths) {
      if (i + length > to || i + length === not) continue;
      const surface = text.slice(i, i + length);
      const entry = byForm.get(surface);
      if (entry === undefined || !atBoundary(text, i, i + length)) continue;
      return {
        start: i,
        end: i + length,
        text: surface,
        name: entry.name,
        type: entry.type,
        nested,
      };
    }
    return undefined;
  };
  /** Leftmost-longest matches in [from, to); the span [from, not) itself is not one. */
  const scan = (text: string, from: number, to: number, nested: boolean, not = -1) => {
    const out: GazetteerMatch[] = [];
    let i = from;
    while (i < to - 1) {
      const match = longestAt(text, i, to, nested, i === from ? not : -1);
      if (match) out.push(match);
      i = match ? match.end : i + 1;
    }
    return out;
  };
  return {
    size: entries.length,
    find(text, from = 0, to = text.length) {
      // A short form inside its own full name is no second entity.
      return scan(text, from, to, false).flatMap((outer) => [
        outer,
        ...scan(text, outer.start, outer.end, true, outer.end).filter((m) => m.name !== outer.name),
      ]);
    },
  };
}

/** True for a form the gazetteer takes as it is: trimmed, one line, within the length limits. */
function isGazetteerForm(form: unknown): form is string {
  return (
    typeof form === 'string' &&
    form.trim() === form &&
    form.length >= GAZETTEER_LIMITS.minFormLength &&
    form.length <= GAZETTEER_LIMITS.maxFormLength &&
    !/[\n\r]/.test(form)
  );
}

/** An entity found elsewhere (the graph, gold annotations), not yet checked. */
export interface EntityForms {
  name: unknown;
  type: unknown;
  aliases?: readonly unknown[] | null;
}

/**
 * Gazetteer entries for entities found elsewhere, in their order. Forms the gazetteer would
 * refuse are left out, and so is a form two entities share ('川大' for a university and a
 * district's short name): a gazetteer says one thing per form, and which one is a person's call.
 */
export function gazetteerEntries(entities: readonly EntityForms[]): GazetteerEntry[] {
  const owners = new Map<string, Set<string>>();
  const found: Array<{ name: string; type: EntityType; forms: string[] }> = [];
  for (const e of entities) {
    if (!isGazetteerForm(e.name) || !isEntityType(e.type)) continue;
    const forms = [...new Set([e.name, ...(e.aliases ?? []).filter(isGazetteerForm)])];
    const key = `${e.type}\u0000${e.name}`;
    for (const f of forms) owners.set(f, (owners.get(f) ?? new Set()).add(key));
    found.push({ name: e.name, type: e.type, forms });
  }
  const single = (f: string): boolean => owners.get(f)?.size === 1;
  return found
    .filter((e) => single(e.name))
    .map((e) => {
      const aliases = e.forms.slice(1).filter(single).slice(0, GAZETTEER_LIMITS.maxAliases);
      return aliases.length > 0
        ? { name: e.name, type: e.type, aliases }
        : { name: e.name, type: e.type };
    });
}

/** Validates a parsed gazetteer file (JSON) and compiles it; bad input → ValidationError. */
export function parseGazetteer(data: unknown): Gazetteer {
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    throw new ValidationError(
      `not a valid gazetteer: ${first?.path || 'file'}: ${first?.message ?? 'invalid'}${more}`,
      { issues },
    );
  }
  return compile(parsed.data.entities);
}

/** A gazetteer with no entries (the default: extraction by rules alone). */
export const EMPTY_GAZETTEER: Gazetteer = Object.freeze(compile([]));
