import type { EntityType, RelationType } from '../ontology';
import { parseSentence } from './parse';

/** An entity mention inside a sentence, already tied to its document-level entity. */
export interface Placed {
  entity: string;
  type: EntityType;
  name: string;
  /** Offsets in the normalised document text. */
  start: number;
  end: number;
}

/** One sentence with its mentions, ready for relation patterns. */
export interface SentenceContext {
  text: string;
  /** Offset of the sentence in the normalised document text. */
  start: number;
  end: number;
  /** Mentions sorted by position. */
  mentions: Placed[];
}

/** A relation found in one sentence, before document-level merging. */
export interface FoundRelation {
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
}

/** A trigger phrase found by a compromise match; offsets in the normalised document text. */
export interface Trigger {
  start: number;
  end: number;
  text: string;
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

/** Every match of the compromise patterns in the sentence (Chinese masked), by position. */
export function findTriggers(ctx: SentenceContext, patterns: readonly string[]): Trigger[] {
  const doc = parseSentence(ctx.text);
  const out: Trigger[] = [];
  for (const pattern of patterns) {
    for (const m of doc.match(pattern).json({ offset: true }) as OffsetJson[]) {
      if (!m.offset) continue;
      const start = ctx.start + m.offset.start;
      const end = start + m.offset.length;
      if (!out.some((t) => t.start < end && start < t.end)) out.push({ start, end, text: m.text });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Text of the sentence between two document offsets. */
export function between(ctx: SentenceContext, from: number, to: number): string {
  return ctx.text.slice(Math.max(0, from - ctx.start), Math.max(0, to - ctx.start));
}

/** Options for clause boundaries. */
const CLAUSE_OPTIONS = Object.freeze({
  /** Marks that end a clause: ';' and a spaced double dash or em dash (" -- ", " — "). */
  boundary: /;|\s(?:--|—)\s/g,
});

/** Clause boundaries around an offset: the nearest ';' or spaced dash (or sentence edge) on each side. */
export function clauseAround(ctx: SentenceContext, at: number): { start: number; end: number } {
  const rel = at - ctx.start;
  let start = 0;
  let end = ctx.text.length;
  CLAUSE_OPTIONS.boundary.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_OPTIONS.boundary.exec(ctx.text)) !== null) {
    if (m.index + m[0].length <= rel) start = m.index + m[0].length;
    else if (m.index >= rel) {
      end = m.index;
      break;
    }
  }
  return { start: ctx.start + start, end: ctx.start + end };
}

/** True when a mention only says whose the one before it is ("X (SIAT) of the Chinese Academy"). */
export function isOwnerTail(ctx: SentenceContext, m: Placed): boolean {
  const prev = ctx.mentions.filter((o) => o.end <= m.start && o !== m).pop();
  if (!prev) return false;
  return /^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:of|under) (?:the )?$/i.test(
    between(ctx, prev.end, m.start),
  );
}

/** The word right before a mention, lower-cased ('' at the sentence start). */
export function wordBefore(ctx: SentenceContext, m: Placed): string {
  const head = between(ctx, ctx.start, m.start);
  const match = /([A-Za-z]+)[\s,]*$/.exec(head);
  return match ? (match[1] as string).toLowerCase() : '';
}

/** Organisation-like mentions (every type but Person). */
export function isActor(m: Placed): boolean {
  return m.type !== 'Person';
}
