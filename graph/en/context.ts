import nlp from 'compromise';
import type { EntityType, RelationType } from '../ontology';
import { maskChinese } from './mask';

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
  const doc = nlp(maskChinese(ctx.text));
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

/** Clause boundaries around an offset: the nearest ';' (or sentence edge) on each side. */
export function clauseAround(ctx: SentenceContext, at: number): { start: number; end: number } {
  const rel = at - ctx.start;
  const before = ctx.text.lastIndexOf(';', rel);
  const after = ctx.text.indexOf(';', rel);
  return {
    start: ctx.start + (before < 0 ? 0 : before + 1),
    end: ctx.start + (after < 0 ? ctx.text.length : after),
  };
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
