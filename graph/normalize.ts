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
  /**
   * Share of the median line length under which a wrapped (PDF) line ends its paragraph: wrapped
   * lines fill the column, so a short one is a heading, a byline or a paragraph's last line.
   */
  shortLineShare: 0.5,
});

/** A lookup table over UTF-16 codes: one array read per character instead of a Set lookup. */
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** Full-width punctuation that the layout sometimes doubles ("，，"); … and — legitimately pair. */
const DOUBLABLE_PUNCT = codeTable('，。：；！？、（）“”‘’《》/');
/** Characters after which a blank line is a real paragraph break even before an opening quote. */
const TERMINAL = codeTable('。！？；：…”');

/** Normalised text with a map back to the raw text. */
export interface NormalizedText {
  text: string;
  /** offsets[i] = index in the raw text of normalised char i; offsets[text.length] = raw length. */
  offsets: Int32Array;
  /** [start, end) ranges of layout blocks (bylines, photo captions): text, but not actors. */
  layout: Array<[number, number]>;
  /**
   * Web text only: positions where spaces between two CJK characters were dropped (headings
   * such as "聚焦关键技术 加快模式变革" separate phrases that way). Names never cross them.
   */
  softBreaks: number[];
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

/** Whitespace removed by String.prototype.trim (lines never hold '\n'). */
function isTrimSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Median trimmed length of the non-empty lines (decides web text vs wrapped PDF text). */
function medianLineLength(raw: string): number {
  const lens: number[] = [];
  let ls = 0;
  while (ls <= raw.length) {
    let le = raw.indexOf('\n', ls);
    if (le < 0) le = raw.length;
    let s = ls;
    let e = le;
    while (s < e && isTrimSpace(raw.charCodeAt(s))) s++;
    while (e > s && isTrimSpace(raw.charCodeAt(e - 1))) e--;
    if (e > s) lens.push(e - s);
    ls = le + 1;
  }
  lens.sort((a, b) => a - b);
  return lens[lens.length >> 1] ?? 0;
}

/**
 * Scratch buffers reused across lines and calls: the solid (non-space) characters of a line
 * and their raw offsets, and the undoubled line. Grown on demand, never shrunk.
 */
const scratch = {
  solidC: new Uint16Array(1024),
  solidI: new Int32Array(1024),
  dblC: new Uint16Array(1024),
  dblI: new Int32Array(1024),
  /** next[k]: the next solid position with the same character as k, or -1. */
  next: new Int32Array(1024),
};

/**
 * Last position seen of each UTF-16 code while `undouble` links equal characters, valid only
 * where seenIn equals the current line's stamp (so the tables are never cleared per line).
 */
const lastAt = new Int32Array(65536);
const seenIn = new Int32Array(65536);
let lineStamp = 0;

function ensureScratch(n: number): void {
  if (scratch.solidC.length >= n) return;
  let size = scratch.solidC.length;
  while (size < n) size *= 2;
  scratch.solidC = new Uint16Array(size);
  scratch.solidI = new Int32Array(size);
  scratch.dblC = new Uint16Array(size);
  scratch.dblI = new Int32Array(size);
  scratch.next = new Int32Array(size);
}

/**
 * Undoes "XXYY" → "XY" on the n solid characters of a line when (almost) all are doubled:
 * writes the result to scratch.dblC/dblI and returns its length, else returns -1. Stops as soon
 * as too many characters are unpaired for the line to count as doubled.
 */
function undouble(n: number): number {
  if (n < NORMALIZE_OPTIONS.minDoubledLine) return -1;
  const codes = scratch.solidC;
  const idx = scratch.solidI;
  const outC = scratch.dblC;
  const outI = scratch.dblI;
  // A unit of length L at i needs codes[i] === codes[i + L]: link each position to the next one
  // with the same character, so only those lengths are tried (shortest first).
  const next = scratch.next;
  if (++lineStamp >= 2 ** 30) {
    seenIn.fill(0);
    lineStamp = 1;
  }
  for (let k = n - 1; k >= 0; k--) {
    const c = codes[k] as number;
    next[k] = seenIn[c] === lineStamp ? (lastAt[c] as number) : -1;
    seenIn[c] = lineStamp;
    lastAt[c] = k;
  }
  let out = 0;
  let unpaired = 0;
  let i = 0;
  while (i < n) {
    let unit = 0;
    const maxL = Math.min(NORMALIZE_OPTIONS.maxDoubledUnit, (n - i) >> 1);
    for (let j = next[i] as number; j >= 0 && j - i <= maxL && unit === 0; j = next[j] as number) {
      const L = j - i;
      let k = 1;
      while (k < L && codes[i + k] === codes[i + L + k]) k++;
      if (k === L) unit = L;
    }
    if (unit > 0) {
      for (let k = 0; k < unit; k++) {
        outC[out] = codes[i + k] as number;
        outI[out] = idx[i + k] as number;
        out++;
      }
      i += 2 * unit;
    } else {
      outC[out] = codes[i] as number;
      outI[out] = idx[i] as number;
      out++;
      i++;
      unpaired++;
      if ((n - unpaired) / n < NORMALIZE_OPTIONS.doubledShare) return -1;
    }
  }
  return (n - unpaired) / n >= NORMALIZE_OPTIONS.doubledShare ? out : -1;
}

const OPEN_QUOTE = codeTable('“‘《（');

/**
 * Normalises PDF/newspaper text: joins lines wrapped mid-word, drops spaces between CJK
 * characters, undoes doubled headings/captions/bylines and doubled punctuation. A blank line or
 * an indented line starts a new paragraph, written as a single '\n'. One pass over the lines,
 * writing straight into typed arrays (text codes and the offset map).
 */
export function normalize(raw: string): NormalizedText {
  const outC = new Uint16Array(raw.length + 1);
  const outI = new Int32Array(raw.length + 1);
  let n = 0;
  const layout: Array<[number, number]> = [];
  const softBreaks: number[] = [];
  // Web text puts one paragraph per line; PDF text wraps every dozen characters. Long lines
  // mean every line break is a paragraph break.
  const medianLine = medianLineLength(raw);
  const webText = medianLine > NORMALIZE_OPTIONS.webLineChars;
  const shortLine = medianLine * NORMALIZE_OPTIONS.shortLineShare;
  let hasPrev = false;
  let prevLastC = 0;
  let prevLastI = 0;
  let prevDoubled = false;
  let prevShort = false;
  let blankSeen = false;
  let paraStart = 0;
  let paraAllDoubled = true;
  let paraCount = 0;
  let ls = 0;
  while (ls <= raw.length) {
    let le = raw.indexOf('\n', ls);
    if (le < 0) le = raw.length;
    // Trim spaces; collect the solid characters.
    let s = ls;
    while (s < le && isSpace(raw.charCodeAt(s))) s++;
    let e = le;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    const indent = s > ls;
    ensureScratch(e - s + 1);
    let solid = 0;
    for (let i = s; i < e; i++) {
      const c = raw.charCodeAt(i);
      if (!isSpace(c)) {
        scratch.solidC[solid] = c;
        scratch.solidI[solid] = i;
        solid++;
      }
    }
    if (solid === 0) {
      if (hasPrev) blankSeen = true;
      ls = le + 1;
      continue;
    }
    const dd = undouble(solid);
    const doubled = dd >= 0;
    const first = scratch.solidC[0] as number;
    if (hasPrev) {
      const quoteJoin =
        blankSeen && !indent && OPEN_QUOTE[first] === 1 && TERMINAL[prevLastC] !== 1;
      const breakPara =
        !quoteJoin && (webText || blankSeen || indent || prevShort || doubled !== prevDoubled);
      if (breakPara) {
        // A paragraph made only of doubled lines (byline, caption) is a layout block.
        if (paraCount > 1 && paraAllDoubled && n > paraStart) layout.push([paraStart, n]);
        outC[n] = 10;
        outI[n] = prevLastI + 1;
        n++;
        paraStart = n;
        paraAllDoubled = true;
        paraCount++;
      } else if (!isWide(prevLastC) && !isWide(first)) {
        outC[n] = 32;
        outI[n] = prevLastI + 1;
        n++;
      }
    } else {
      paraCount = 1;
    }
    // The line's characters: doubled punctuation collapses within the line ("，，") and across
    // a wrapped line ("，\n，") at its first character. Both kinds of line come as solid
    // characters with raw offsets; a gap between two offsets is a run of spaces.
    const codes = doubled ? scratch.dblC : scratch.solidC;
    const idx = doubled ? scratch.dblI : scratch.solidI;
    const len = doubled ? dd : solid;
    let lineLen = 0;
    let lastC = 0;
    let lastI = 0;
    for (let k = 0; k < len; k++) {
      const c = codes[k] as number;
      const at = idx[k] as number;
      if (!doubled && k > 0 && at - (idx[k - 1] as number) > 1) {
        if (!isWide(lastC) && !isWide(c)) {
          // A space between two narrow characters stays (one space, at the first space).
          outC[n] = 32;
          outI[n] = (idx[k - 1] as number) + 1;
          n++;
          lineLen++;
          lastC = 32;
          lastI = (idx[k - 1] as number) + 1;
        } else if (webText && isCjk(lastC) && isCjk(c)) softBreaks.push(n);
      }
      const punct = DOUBLABLE_PUNCT[c] === 1;
      if (punct && lineLen > 0 && lastC === c) continue;
      const skip = punct && lineLen === 0 && n > 0 && outC[n - 1] === c;
      lineLen++;
      lastC = c;
      lastI = at;
      if (skip) continue;
      outC[n] = c;
      outI[n] = at;
      n++;
    }
    paraAllDoubled = paraAllDoubled && doubled;
    hasPrev = true;
    prevLastC = lastC;
    prevLastI = lastI;
    prevDoubled = doubled;
    prevShort = e - s < shortLine;
    blankSeen = false;
    ls = le + 1;
  }
  // A paragraph made only of doubled lines (byline, caption) is a layout block.
  if (paraCount > 1 && paraAllDoubled && n > paraStart) layout.push([paraStart, n]);
  outI[n] = raw.length;
  const text = Buffer.from(outC.buffer, 0, n * 2).toString('utf16le');
  return { text, offsets: outI.subarray(0, n + 1), layout, softBreaks };
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
