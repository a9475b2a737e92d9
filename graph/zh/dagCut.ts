/**
 * Jieba's exact cut (HMM off) of short windows, computed in script from jieba's own dictionary.
 * Scanners cut thousands of windows of a few characters per document; through N-API each call
 * costs more than the cut itself. The same dictionary walk and best-route search run here, and
 * where floating-point rounding could pick another route than jieba's native code (two routes
 * within DAG_CUT_OPTIONS.tieMargin of each other) the caller is told to ask jieba instead.
 */

/** Options for the script cut. */
const DAG_CUT_OPTIONS = Object.freeze({
  /**
   * Two routes whose log-probabilities differ by less than this are a possible tie: Math.log
   * may round a frequency's logarithm one unit in the last place away from Rust's, so only
   * clear winners are decided here (sums stay below 1e3, so rounding errors stay below 1e-11).
   */
  tieMargin: 1e-9,
  /** Longest window cut in script (longer texts go to jieba; windows are a few dozen chars). */
  maxChars: 256,
});

/** A character trie over UTF-16 codes with each word's log frequency at its end node. */
interface Trie {
  /** Child of the root by code (0: none). */
  root: Int32Array;
  /**
   * Open-addressing table of the other edges, four numbers per slot (parent node, code, child
   * node, unused) so that one probe reads one cache line.
   */
  edges: Int32Array;
  /** Slots - 1 (a power of two). */
  mask: number;
  /**
   * Per node, one bit for each child code modulo 32: a walk ends without probing the table where
   * the bit of the next character is clear (at leaves, and at most nodes for most characters).
   */
  childBits: Int32Array;
  /** ln(frequency) of the word ending at each node; NaN where no word ends. */
  logFreq: Float64Array;
  /** ln(sum of all frequencies): jieba's normaliser. */
  logTotal: number;
}

/** Slot of the edge (node, c) in the table: where it sits or the empty slot it would take. */
function slotOf(t: Trie, node: number, c: number): number {
  const e = t.edges;
  let h = (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & t.mask;
  while (e[h << 2] !== 0 && (e[h << 2] !== node || e[(h << 2) + 1] !== c)) h = (h + 1) & t.mask;
  return h << 2;
}

/** The child of `node` by code `c`, or 0. */
function step(t: Trie, node: number, c: number): number {
  if (node === 0) return t.root[c] as number;
  if ((((t.childBits[node] as number) >>> (c & 31)) & 1) === 0) return 0;
  const at = slotOf(t, node, c);
  return t.edges[at] === 0 ? 0 : (t.edges[at + 2] as number);
}

/** Where each word of jieba's dictionary ("word freq tag" per line) sits, and its frequency. */
interface DictionaryWords {
  text: string;
  /** Start and end of each word in `text`. */
  starts: number[];
  ends: number[];
  freqs: number[];
}

/**
 * The dictionary's words, read in place (no string per line: 350 000 lines). jieba splits a
 * line on any whitespace and counts a missing frequency as 0; a dictionary with tabs, carriage
 * returns or runs of spaces is read that way too.
 */
function dictionaryWords(text: string): DictionaryWords {
  const out: DictionaryWords = { text, starts: [], ends: [], freqs: [] };
  const plain = !/[\t\r\u000b\f]| {2}|^ |\n /.test(text);
  for (let ls = 0; ls < text.length;) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    if (plain) {
      let a = text.indexOf(' ', ls);
      if (a < 0 || a > le) a = le;
      let b = a < le ? text.indexOf(' ', a + 1) : le;
      if (b < 0 || b > le) b = le;
      if (a > ls) {
        out.starts.push(ls);
        out.ends.push(a);
        out.freqs.push(b > a + 1 ? Number(text.slice(a + 1, b)) : 0);
      }
    } else {
      const parts = text.slice(ls, le).trim().split(/\s+/);
      const word = parts[0] as string;
      if (word !== '') {
        const at = text.indexOf(word, ls);
        out.starts.push(at);
        out.ends.push(at + word.length);
        out.freqs.push(parts[1] === undefined ? 0 : Number(parts[1]));
      }
    }
    ls = le + 1;
  }
  return out;
}

/** Builds the trie; a later line for the same word replaces its frequency, as in jieba. */
function buildTrie(dict: string): Trie {
  const { text, starts, ends, freqs } = dictionaryWords(dict);
  let chars = 0;
  for (let w = 0; w < starts.length; w++) chars += (ends[w] as number) - (starts[w] as number);
  // Fewer edges than characters, so the table stays at most about half full.
  let size = 1;
  while (size < chars) size *= 2;
  const freq: number[] = [NaN];
  const t: Trie = {
    root: new Int32Array(65536),
    edges: new Int32Array(size * 4),
    mask: size - 1,
    childBits: new Int32Array(chars + 1),
    logFreq: new Float64Array(0),
    logTotal: 0,
  };
  for (let w = 0; w < starts.length; w++) {
    let node = 0;
    for (let i = starts[w] as number; i < (ends[w] as number); i++) {
      const c = text.charCodeAt(i);
      let next = step(t, node, c);
      if (next === 0) {
        next = freq.length;
        freq.push(NaN);
        if (node === 0) t.root[c] = next;
        else {
          const at = slotOf(t, node, c);
          t.edges[at] = node;
          t.edges[at + 1] = c;
          t.edges[at + 2] = next;
          t.childBits[node] = (t.childBits[node] as number) | (1 << (c & 31));
        }
      }
      node = next;
    }
    freq[node] = freqs[w] as number;
  }
  let total = 0;
  for (const f of freq) if (!Number.isNaN(f)) total += f;
  t.logFreq = Float64Array.from(freq, (f) => (Number.isNaN(f) ? NaN : Math.log(f)));
  t.logTotal = Math.log(total);
  return t;
}

/** True for characters jieba cuts with its dictionary (Han, Latin letters, digits, +#&._%-). */
function inBlock(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 43 ||
    c === 35 ||
    c === 38 ||
    c === 46 ||
    c === 95 ||
    c === 37 ||
    c === 45
  );
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Best-route scores and word ends by position of the block being cut (reused, never shrunk). */
const route = {
  score: new Float64Array(DAG_CUT_OPTIONS.maxChars + 1),
  end: new Int32Array(DAG_CUT_OPTIONS.maxChars + 1),
};

/**
 * Jieba's best route over s[from, to) (all block characters), right to left: at each position
 * the dictionary word maximising ln(freq) − ln(total) + the route after it, or the single
 * character when no word starts there. False when two routes come within the tie margin.
 */
function bestRoute(t: Trie, s: string, from: number, to: number): boolean {
  const { score, end } = route;
  score[to - from] = 0;
  for (let k = to - 1; k >= from; k--) {
    let best = -Infinity;
    let second = -Infinity;
    let bestEnd = -1;
    let node = 0;
    for (let e = k; e < to; e++) {
      node = step(t, node, s.charCodeAt(e));
      if (node === 0) break;
      const lf = t.logFreq[node] as number;
      if (Number.isNaN(lf)) continue;
      const v = lf - t.logTotal + (score[e + 1 - from] as number);
      if (v >= best) {
        second = best;
        best = v;
        bestEnd = e + 1;
      } else if (v > second) second = v;
    }
    if (bestEnd < 0) {
      bestEnd = k + 1;
      best = 0 - t.logTotal + (score[k + 1 - from] as number);
    } else if (best - second < DAG_CUT_OPTIONS.tieMargin) return false;
    score[k - from] = best;
    end[k - from] = bestEnd;
  }
  return true;
}

/** Pushes the words of the best route, single Latin letters and digits run together (jieba's rule). */
function pushRoute(s: string, from: number, to: number, out: string[]): void {
  let x = from;
  let left = -1;
  while (x < to) {
    const y = route.end[x - from] as number;
    if (y - x === 1 && isAsciiAlnum(s.charCodeAt(x))) {
      if (left < 0) left = x;
    } else {
      if (left >= 0) out.push(s.slice(left, x));
      left = -1;
      out.push(s.slice(x, y));
    }
    x = y;
  }
  if (left >= 0) out.push(s.slice(left, to));
}

let trie: Trie | null = null;

/**
 * Jieba's cut (HMM off) of `s`, or null where jieba itself must answer: a possible tie, a
 * surrogate (jieba reads code points, and lone ones become U+FFFD) or a long text. `dict` is the
 * dictionary jieba was loaded with, read once on the first call.
 */
export function dagCut(s: string, dict: () => string): string[] | null {
  if (s.length > DAG_CUT_OPTIONS.maxChars) return null;
  const t = trie ?? (trie = buildTrie(dict()));
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return null;
    if (inBlock(c)) {
      let j = i + 1;
      while (j < s.length && inBlock(s.charCodeAt(j))) j++;
      if (!bestRoute(t, s, i, j)) return null;
      pushRoute(s, i, j, out);
      i = j;
    } else if (c === 13 && s.charCodeAt(i + 1) === 10) {
      // Outside blocks jieba yields \r\n as one token and every other character alone.
      out.push('\r\n');
      i += 2;
    } else {
      out.push(s[i] as string);
      i++;
    }
  }
  return out;
}
