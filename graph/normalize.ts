import { isCjk } from './lang';

/** Options for normalisation of PDF/newspaper text. */
const NORMALIZE_OPTIONS = Object.freeze({
  /** Longest repeated unit looked for when undoing doubled headings/captions ("XX" → "X"). */
  maxDoubledUnit: 48,
  /** Share of a line's characters that must sit in doubled units for the line to count as doubled. */
  doubledShare: 0.75,
  /** Lines shorter than this are never treated as doubled (too little evidence). */
  minDoubledLine: 4,
  /** Median line length above which the text is web text (a line is a paragraph). */
  webLineChars: 40,
});

/** Full-width punctuation that the layout sometimes doubles ("，，"); … and — legitimately pair. */
const DOUBLABLE_PUNCT = new Set(
  '，。：；！？、（）“”‘’《》/'.split('').map((c) => c.charCodeAt(0)),
);
/** Characters after which a blank line is a real paragraph break even before an opening quote. */
const TERMINAL = new Set('。！？；：…”'.split('').map((c) => c.charCodeAt(0)));

/** Normalised text with a map back to the raw text. */
export interface NormalizedText {
  text: string;
  /** offsets[i] = index in the raw text of normalised char i; offsets[text.length] = raw length. */
  offsets: Int32Array;
  /** [start, end) ranges of layout blocks (bylines, photo captions): text, but not actors. */
  layout: Array<[number, number]>;
}

/** True for CJK ideographs and full-width punctuation: no spaces belong next to them. */
function isWide(code: number): boolean {
  return (
    isCjk(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x2010 && code <= 0x206f)
  );
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 13;
}

interface Line {
  codes: number[];
  idx: number[];
  indent: boolean;
  doubled: boolean;
}

/** Undoes "XXYY" → "XY" on a line whose characters are (almost) all doubled, else returns null. */
function undouble(codes: number[], idx: number[]): { codes: number[]; idx: number[] } | null {
  const n = codes.length;
  if (n < NORMALIZE_OPTIONS.minDoubledLine) return null;
  const outC: number[] = [];
  const outI: number[] = [];
  let paired = 0;
  let i = 0;
  while (i < n) {
    let unit = 0;
    const maxL = Math.min(NORMALIZE_OPTIONS.maxDoubledUnit, (n - i) >> 1);
    for (let L = 1; L <= maxL && unit === 0; L++) {
      if (codes[i] !== codes[i + L]) continue;
      let k = 1;
      while (k < L && codes[i + k] === codes[i + L + k]) k++;
      if (k === L) unit = L;
    }
    if (unit > 0) {
      for (let k = 0; k < unit; k++) {
        outC.push(codes[i + k] as number);
        outI.push(idx[i + k] as number);
      }
      paired += 2 * unit;
      i += 2 * unit;
    } else {
      outC.push(codes[i] as number);
      outI.push(idx[i] as number);
      i++;
    }
  }
  return paired / n >= NORMALIZE_OPTIONS.doubledShare ? { codes: outC, idx: outI } : null;
}

/** Reads one raw line: drops spaces next to wide characters, collapses doubled punctuation. */
function readLine(raw: string, start: number, end: number): Line {
  let s = start;
  while (s < end && isSpace(raw.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
  const indent = s > start;
  const solid: number[] = [];
  const solidIdx: number[] = [];
  for (let i = s; i < e; i++) {
    const c = raw.charCodeAt(i);
    if (!isSpace(c)) {
      solid.push(c);
      solidIdx.push(i);
    }
  }
  const dd = undouble(solid, solidIdx);
  const codes: number[] = [];
  const idx: number[] = [];
  const push = (c: number, at: number): void => {
    if (DOUBLABLE_PUNCT.has(c) && codes[codes.length - 1] === c) return;
    codes.push(c);
    idx.push(at);
  };
  if (dd) {
    for (let k = 0; k < dd.codes.length; k++) push(dd.codes[k] as number, dd.idx[k] as number);
    return { codes, idx, indent, doubled: true };
  }
  let pendingSpace = -1;
  for (let i = s; i < e; i++) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) {
      const prev = codes[codes.length - 1];
      if (prev !== undefined && !isWide(prev) && !isWide(c)) push(32, pendingSpace);
      pendingSpace = -1;
    }
    push(c, i);
  }
  return { codes, idx, indent, doubled: false };
}

const OPEN_QUOTE = new Set('“‘《（'.split('').map((c) => c.charCodeAt(0)));

/**
 * Normalises PDF/newspaper text: joins lines wrapped mid-word, drops spaces between CJK
 * characters, undoes doubled headings/captions/bylines and doubled punctuation. A blank line or
 * an indented line starts a new paragraph, written as a single '\n'.
 */
export function normalize(raw: string): NormalizedText {
  const outC = new Uint16Array(raw.length + 1);
  const outI = new Int32Array(raw.length + 1);
  let n = 0;
  const layout: Array<[number, number]> = [];
  // Web text puts one paragraph per line; PDF text wraps every dozen characters. Long lines
  // mean every line break is a paragraph break.
  const lineLens = raw
    .split('\n')
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const webText = (lineLens[lineLens.length >> 1] ?? 0) > NORMALIZE_OPTIONS.webLineChars;
  let prev: Line | null = null;
  let blankSeen = false;
  let paraStart = 0;
  let paraAllDoubled = true;
  let paraCount = 0;
  const closePara = (): void => {
    if (paraCount > 1 && paraAllDoubled && n > paraStart) layout.push([paraStart, n]);
  };
  let ls = 0;
  while (ls <= raw.length) {
    let le = raw.indexOf('\n', ls);
    if (le < 0) le = raw.length;
    const line = readLine(raw, ls, le);
    if (line.codes.length === 0) {
      if (prev) blankSeen = true;
    } else {
      const first = line.codes[0] as number;
      if (prev) {
        const last = prev.codes[prev.codes.length - 1] as number;
        const quoteJoin = blankSeen && !line.indent && OPEN_QUOTE.has(first) && !TERMINAL.has(last);
        const breakPara =
          !quoteJoin && (webText || blankSeen || line.indent || line.doubled !== prev.doubled);
        if (breakPara) {
          closePara();
          outC[n] = 10;
          outI[n] = (prev.idx[prev.idx.length - 1] as number) + 1;
          n++;
          paraStart = n;
          paraAllDoubled = true;
          paraCount++;
        } else if (!isWide(last) && !isWide(first)) {
          outC[n] = 32;
          outI[n] = (prev.idx[prev.idx.length - 1] as number) + 1;
          n++;
        }
      } else {
        paraCount = 1;
      }
      for (let k = 0; k < line.codes.length; k++) {
        const c = line.codes[k] as number;
        // Doubled punctuation can also straddle a wrapped line ("，\n，").
        if (k === 0 && n > 0 && DOUBLABLE_PUNCT.has(c) && outC[n - 1] === c) continue;
        outC[n] = c;
        outI[n] = line.idx[k] as number;
        n++;
      }
      paraAllDoubled = paraAllDoubled && line.doubled;
      prev = line;
      blankSeen = false;
    }
    ls = le + 1;
  }
  closePara();
  outI[n] = raw.length;
  const text = Buffer.from(outC.buffer, 0, n * 2).toString('utf16le');
  return { text, offsets: outI.slice(0, n + 1), layout };
}

/** Maps a [start, end) span of normalised text back to the raw text. */
export function toOriginal(
  norm: Pick<NormalizedText, 'offsets'>,
  start: number,
  end: number,
): { start: number; end: number } {
  const s = norm.offsets[start] ?? 0;
  const e = end > start ? (norm.offsets[end - 1] ?? s) + 1 : s;
  return { start: s, end: e };
}
