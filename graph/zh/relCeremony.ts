import type { ZhMention } from './mention';
import type { SentenceCtx, ZhRelation } from './relContext';

/** Options for a ceremony of a built thing held at a place. */
const CEREMONY_OPTIONS = Object.freeze({
  /** Below a stated 落户/位于: the ceremony's place is mostly, not always, the thing's own site. */
  confidence: 0.7,
  /** Characters allowed between the place and 举行 (a town or a hall named after the district). */
  maxTail: 6,
});

/** A ceremony that marks a thing coming into being (奠基, 授牌, 揭牌), then 在 (a 签约 ceremony
 * names parties, not a built thing). */
const CEREMONY_RE =
  /^[”"》]?(?:奠基|授牌|揭牌|挂牌|开工|落成|开园|启用|成立|揭牌成立)(?:仪式|大会|典礼)(?:[^，。；在]{0,8})?在$/;
/** The verb closing the ceremony clause, after the place and what may follow it. */
const HELD_RE = /^[^，。；：]{0,6}?(?:隆重|顺利|正式)?(?:举行|召开|举办)/;
/** Built things a ceremony founds: not schools, firms or places, which have ceremonies of their own
 * events (a school's signing, a firm's opening). */
const BUILT: ReadonlySet<string> = new Set(['Lab', 'Institute', 'Other']);

/**
 * X奠基仪式在平原示范区举行 / “X”揭牌仪式在常德澧县举行 → X LOCATED_IN the last place of the
 * run of places after 在, when the ceremony is held there (nothing else named before 举行).
 */
export function ceremonyAt(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const thing = top[k] as ZhMention;
    if (!BUILT.has(thing.type)) continue;
    let j = k + 1;
    const first = top[j] as ZhMention;
    if (first.type !== 'District' || text[first.start - 1] !== '在') continue;
    if (!CEREMONY_RE.test(text.slice(thing.end, first.start))) continue;
    while (
      j + 1 < top.length &&
      (top[j + 1] as ZhMention).type === 'District' &&
      (top[j + 1] as ZhMention).start === (top[j] as ZhMention).end
    )
      j++;
    const place = top[j] as ZhMention;
    const held = HELD_RE.exec(text.slice(place.end, place.end + CEREMONY_OPTIONS.maxTail + 4));
    if (!held) continue;
    const next = top[j + 1];
    if (next && next.start < place.end + held[0].length) continue;
    out.push({
      type: 'LOCATED_IN',
      source: thing,
      target: place,
      sentence: ctx.sentence,
      confidence: CEREMONY_OPTIONS.confidence,
    });
  }
  return out;
}
