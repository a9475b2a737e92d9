import type { Candidate } from './mentions';
import { abbreviates } from './abbreviates';
import { HEADS, PLACES, PLACE_KEYS, ROLE_WORDS, STOP_WORDS } from './lexicon';
import type { EnglishSentence } from './sentences';

/** Options for bare all-capital abbreviations of organisations ("SDUT", "SHINVA"). */
const ACRONYM_OPTIONS = Object.freeze({
  /**
   * An all-capital word of 2..8 letters standing alone (or before a possessive "'s", or opening
   * a compound of backing or place: "DIT-backed", "NUS-based").
   */
  word: /(?<![A-Za-z0-9&'’@-])[A-Z]{2,8}(?![A-Za-z0-9&@]|-(?!(?:backed|funded|sponsored|financed|based)\b)|['’](?!s\b))/g,
  /** Letters a short form needs unless the text names its manager ("KT CEO …"). */
  minLetters: 3,
  /** Times it must occur in the document before it is believed to be a name. */
  minCount: 2,
  /** Common abbreviations that are not organisations. */
  ignore: new Set([
    'CPC',
    'GDP',
    'CEO',
    'CTO',
    'CFO',
    'USD',
    'RMB',
    'CNY',
    'MOU',
    'PHD',
    'COVID',
    'CPPCC',
    'NPC',
    'USA',
    'US',
    'HK',
    'SW',
    'HR',
    'PR',
    'TV',
    'ID',
    'PM',
    'AM',
    'OK',
    'NO',
    'EU',
    'UN',
    'UK',
    'ICT',
    'IOT',
    'API',
    'LED',
    'LCD',
    'EV',
    'NEV',
    'SME',
    'SMES',
    'IPO',
    'HIV',
    'DNA',
    'RNA',
    'CNC',
    'GPS',
    'LNG',
    'PPP',
    'BRI',
    'WTO',
    'AI',
    'VR',
    'AR',
    'IT',
    'FDI',
    'CHINA',
    'NEWS',
    'PHOTO',
    'XINHUA',
    'BEIJING',
    'SHANGHAI',
    'CHONGQING',
    'CHENGDU',
    'GUANGZHOU',
    'SHENZHEN',
    'WUHAN',
    'NANJING',
    'HANGZHOU',
    'TIANJIN',
    'UPDATED',
    'THE',
    'AND',
    // Chips and devices whose names end in U, which would otherwise read as universities.
    'CPU',
    'GPU',
    'TPU',
    'DPU',
    'APU',
    'MCU',
    'IMU',
    'ECU',
    'ICU',
    'SKU',
  ]),
  /** Letter groups that mark a university ("…U", "…UT", "…UST", "…UPT"). */
  university: /U[A-Z]{0,2}$|UST|UPT/,
  /** Small words left out of a name's initials ("University of Science and Technology" → UST). */
  initialsSkip: new Set(['of', 'and', 'for', 'the', 'in', 'on', '&']),
  /** A mixed-case short form ("CityU", "PolyU"): capitalised letters, then one to three capitals. */
  mixedCase: /(?<![A-Za-z0-9&'’@-])[A-Z][a-z]+[A-Z]{1,3}(?![A-Za-z0-9&@-])/g,
  /** The second syllable of a two-syllable pinyin word: a consonant after the first vowel run and its n/ng. */
  secondSyllable:
    /^[bcdfghjklmnpqrstwxyz]*h?[aeiouü]+(?:ng|n(?![aeiou]))?([bcdfghjklmnpqrstwxyz])[a-zü]*$/i,
  /** Titles of a company's managers: "Chairman of X" or "X general manager" makes X a company. */
  managerTitles: 'chairman|chairwoman|general manager|board director|ceo|chief executive|founder',
  /** Nouns that put a company's short form in apposition ("manufacturing company KMWE"). */
  companyNouns: 'company|firm|manufacturer|supplier|maker|operator|carrier|startup|start-up',
  /** What a university's short form owns ("KAIST students", "NUS's campus"). */
  universityNouns: 'students|undergraduates|alumni|faculty members|campus|campuses',
  /** Confidence: below a name found by its head or defined in brackets. */
  score: 0.55,
});

/** True for a common abbreviation that names no organisation ("CEO", "GPU", "EU"). */
export function isCommonAbbreviation(word: string): boolean {
  return ACRONYM_OPTIONS.ignore.has(word.toUpperCase());
}

/** "SJTU" for "Shanghai Jiao Tong University": the first letters of a name's words. */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !ACRONYM_OPTIONS.initialsSkip.has(w.toLowerCase()))
    .map((w) => (w[0] as string).toUpperCase())
    .join('');
}

/**
 * The initials of a name where one word written as a Chinese place ("Shandong", "Zhejiang")
 * gives the first letters of its two syllables ("SDNU", "ZJU").
 */
function syllableInitials(name: string): string[] {
  const words = name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !ACRONYM_OPTIONS.initialsSkip.has(w.toLowerCase()));
  const out: string[] = [];
  words.forEach((w, i) => {
    const second = ACRONYM_OPTIONS.secondSyllable.exec(w);
    if (!second || !PLACE_KEYS.has(w.toLowerCase())) return;
    const letters = words.map((x) => (x[0] as string).toUpperCase());
    letters[i] = `${letters[i] as string}${(second[1] as string).toUpperCase()}`;
    out.push(letters.join(''));
  });
  return out;
}

/**
 * Organisation names held inside a longer name: the words up to a single-word head, then "of"
 * and a known place ("City University of Hong Kong" inside "City University of Hong Kong Chengdu
 * Research Institute"), or the words up to the head alone.
 */
function innerNames(name: string): Array<{ name: string; head: string; type: Candidate['type'] }> {
  const words = name.split(/\s+/);
  const out: Array<{ name: string; head: string; type: Candidate['type'] }> = [];
  for (let i = 1; i < words.length; i++) {
    const head = HEADS.find(
      (h) => h.tokens.length === 1 && h.tokens[0] === words[i]?.toLowerCase(),
    );
    if (!head || head.type === 'District') continue;
    const stem = words.slice(0, i + 1).join(' ');
    out.push({ name: stem, head: stem, type: head.type });
    if (words[i + 1]?.toLowerCase() !== 'of') continue;
    const rest = words.slice(i + 2).map((w) => w.toLowerCase());
    const place = PLACES.find((p) => p.every((t, k) => rest[k] === t));
    if (place)
      out.push({
        name: words.slice(0, i + 3 + place.length - 1).join(' '),
        head: stem,
        type: head.type,
      });
  }
  return out;
}

/**
 * "CityU" for "City University of Hong Kong": a mixed-case short form standing alone is the
 * organisation inside a found name whose words before the head it abbreviates.
 */
export function findMixedCaseForms(
  sentences: readonly EnglishSentence[],
  known: ReadonlySet<string>,
  named: readonly Candidate[],
): Candidate[][] {
  const forms = new Map<string, { name: string; type: Candidate['type'] } | null>();
  for (const s of sentences)
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.mixedCase)) {
      const word = m[0];
      if (known.has(word) || forms.has(word)) continue;
      // The longest inner name wins ("City University of Hong Kong" over "City University").
      let best: { name: string; type: Candidate['type'] } | null = null;
      for (const c of named) {
        if (c.type === 'District' || c.type === 'Person' || c.description) continue;
        for (const inner of innerNames(c.name))
          if (abbreviates(word, inner.head) && (!best || inner.name.length > best.name.length))
            best = { name: inner.name, type: inner.type };
      }
      forms.set(word, best);
    }
  return sentences.map((s) => {
    const out: Candidate[] = [];
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.mixedCase)) {
      const full = forms.get(m[0]);
      if (!full) continue;
      const start = s.start + (m.index ?? 0);
      out.push({
        start,
        end: start + m[0].length,
        text: m[0],
        name: full.name,
        type: full.type,
        score: ACRONYM_OPTIONS.score,
      });
    }
    return out;
  });
}

const managedCache = new WeakMap<readonly EnglishSentence[], Map<string, boolean>>();

/**
 * True when the text names a manager of the short form ("Chairman of X", "X general manager") or
 * makes it a party to a deal.
 */
function managedIn(sentences: readonly EnglishSentence[], word: string): boolean {
  let seen = managedCache.get(sentences);
  if (!seen) managedCache.set(sentences, (seen = new Map()));
  const had = seen.get(word);
  if (had !== undefined) return had;
  const titles = ACRONYM_OPTIONS.managerTitles;
  const before = new RegExp(`\\b(?:${titles})\\s+(?:of|at)\\s+(?:the\\s+)?${word}\\b`, 'i');
  const after = new RegExp(`\\b${word}(?:['’]s)?\\s+(?:${titles})\\b`, 'i');
  // "signed an agreement with QLTEK", "QLTEK signed": a party to a deal acts as a company.
  const party = new RegExp(
    `\\b(?:agreement|contract|deal|partnership)\\s+with\\s+${word}\\b|\\b${word}\\s+(?:signed|signs|inked)\\b`,
  );
  // "the Eindhoven-based manufacturing company KMWE": a company noun right before names it one.
  const noun = new RegExp(`\\b(?:${ACRONYM_OPTIONS.companyNouns})\\s+${word}\\b`);
  const found = sentences.some(
    (s) => before.test(s.text) || after.test(s.text) || party.test(s.text) || noun.test(s.text),
  );
  seen.set(word, found);
  return found;
}

/** True when the text gives the short form students or a campus ("KAIST students"): a university. */
function teachesIn(sentences: readonly EnglishSentence[], word: string): boolean {
  const owns = new RegExp(`\\b${word}(?:['’]s)?\\s+(?:${ACRONYM_OPTIONS.universityNouns})\\b`);
  // "an MBO college", "MBO students": a kind of school written after "a/an" names no one.
  const kind = new RegExp(`\\ban?\\s+${word}\\b`, 'i');
  return sentences.some((s) => owns.test(s.text)) && !sentences.some((s) => kind.test(s.text));
}

/** All-capital words used at least twice and never defined in brackets: Company or University. */
export function findAcronyms(
  sentences: readonly EnglishSentence[],
  known: ReadonlySet<string>,
  /** Names already found: an acronym made of one's initials stands for it. */
  named: readonly Candidate[] = [],
): Candidate[][] {
  const byInitials = new Map<string, Candidate>();
  for (const c of named) {
    if (c.type === 'District' || c.type === 'Person' || c.description) continue;
    const initials = initialsOf(c.name);
    if (initials.length >= 3 && !byInitials.has(initials)) byInitials.set(initials, c);
  }
  // "SDNU" for "Shandong Normal University": a Chinese place word may give two initials.
  for (const c of named) {
    if (c.type !== 'University' || c.description) continue;
    for (const initials of syllableInitials(c.name))
      if (initials.length >= 3 && !byInitials.has(initials)) byInitials.set(initials, c);
  }
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.word)) {
      counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    }
  }
  return sentences.map((s) => {
    const out: Candidate[] = [];
    for (const m of s.text.matchAll(ACRONYM_OPTIONS.word)) {
      const word = m[0];
      if (ACRONYM_OPTIONS.ignore.has(word) || known.has(word)) continue;
      // "LYU Zhaoping": a surname in capitals before a given name is no organisation.
      const nextWord = /^\s+([A-Z][a-z]+)\b/.exec(s.text.slice((m.index ?? 0) + word.length));
      if (
        nextWord &&
        !STOP_WORDS.has((nextWord[1] as string).toLowerCase()) &&
        !ROLE_WORDS.has((nextWord[1] as string).toLowerCase()) &&
        !HEADS.some((h) => h.tokens[0] === (nextWord[1] as string).toLowerCase())
      )
        continue;
      const start = s.start + (m.index ?? 0);
      const full = byInitials.get(word);
      if (full) {
        out.push({
          start,
          end: start + word.length,
          text: word,
          name: full.name,
          type: full.type,
          score: ACRONYM_OPTIONS.score,
        });
        continue;
      }
      if ((counts.get(word) ?? 0) < ACRONYM_OPTIONS.minCount) continue;
      // "KT CEO Kim": a two-letter short form needs a manager named to be a company.
      if (word.length < ACRONYM_OPTIONS.minLetters) {
        if (!managedIn(sentences, word)) continue;
      }
      // "COE", "MEMS": a short form the text never gives a company's manager is no company.
      const university =
        word.length >= ACRONYM_OPTIONS.minLetters &&
        (ACRONYM_OPTIONS.university.test(word) || teachesIn(sentences, word));
      if (!university && !managedIn(sentences, word)) continue;
      out.push({
        start,
        end: start + word.length,
        text: word,
        name: word,
        type: university ? 'University' : 'Company',
        score: ACRONYM_OPTIONS.score,
      });
    }
    return out;
  });
}
