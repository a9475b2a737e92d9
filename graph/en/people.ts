import type { Candidate } from './mentions';
import { EXPERT_TITLES, SINGLE_HEADS, STOP_WORDS, SURNAMES } from './lexicon';
import { isCapitalized, type Token } from './tokens';

/** Options for experts and the teams they lead. */
const PEOPLE_OPTIONS = Object.freeze({
  /** Most words in a person's name (Chinese names in English have two or three). */
  maxNameWords: 3,
  /** Confidence of a name after an expert title. */
  personScore: 0.85,
  /** Confidence of a "team led by X" / "X's team" mention. */
  teamScore: 0.85,
  /** Words that introduce the leader of a team: "team led by", "team headed by". */
  leadVerbs: new Set(['led', 'headed', 'leaded']),
  /** Text after a titled name that makes the person an official ("…, CityU President"). */
  officialAfter:
    /^\s*,\s*(?:the\s+)?(?:[A-Z][\w&-]*\s+){0,3}(?:President|Vice[- ]President|Provost|Chancellor|Vice[- ]Chancellor|Secretary|Party Secretary|Chairman|Chairwoman|Mayor|Deputy Mayor|Governor|Director[- ]General|Magistrate)\b/,
  /** The same in lower case before "of" ("…, vice president of X University"): an official. */
  officialOf:
    /^\s*,\s*(?:the\s+)?(?:(?:executive|deputy|vice|former|acting|interim)[- ])?(?:president|party secretary|secretary|mayor|governor|chairman|chairwoman|general manager|chief executive|managing director|CEO|CFO|CTO|COO|magistrate)\s+(?:of|at)\b/,
  /** Roles right before an expert title that make the titled person an officer ("CSIR CEO Dr X"). */
  roleBefore: new Set([
    'ceo',
    'cfo',
    'cto',
    'coo',
    'chairman',
    'chairwoman',
    'president',
    'minister',
    'mayor',
    'governor',
    'secretary',
  ]),
  /** Capitalised titles after "Name," that make the name an expert's ("Pan Fusheng, Academician"). */
  appositiveTitles: new Set([
    'academician',
    'professor',
    'researcher',
    'scientist',
    'professional',
    'expert',
    'scholar',
  ]),
  /** A lower-case appositive making the person a member of a talent programme. */
  programMember:
    /^(?:a|an|one) (?:member|participant|recipient) of (?:the|this|a) (?:[a-z-]+ ){0,3}(?:program|programme|plan|scheme)\b/,
  /** Most lower-case words between "a"/"another" and the appositive title ("another top professional"). */
  maxTitleAdjectives: 2,
  /** Career verbs after an untitled surname-first name that make it an expert ("Zhou Bing left …"). */
  careerVerbs: new Set([
    'left',
    'returned',
    'founded',
    'co-founded',
    'invented',
    'graduated',
    'studied',
    'teamed',
  ]),
});

interface NameSpan {
  from: number;
  to: number;
}

/** A person name of 2..max capitalised words starting at token i (after any titles). */
function nameAt(tokens: Token[], i: number): NameSpan | undefined {
  let k = i;
  while (tokens[k] && EXPERT_TITLES.has((tokens[k] as Token).lower)) k++;
  const from = k;
  while (
    k < tokens.length &&
    k - from < PEOPLE_OPTIONS.maxNameWords &&
    isCapitalized(tokens[k]) &&
    !STOP_WORDS.has((tokens[k] as Token).lower)
  ) {
    k++;
  }
  if (k - from < 2) return undefined;
  // "Academician Innovation Industrial Park": a run holding an organisation's head is no person.
  for (let j = from; j < k; j++) if (SINGLE_HEADS.has(tokens[j]?.lower ?? '')) return undefined;
  return { from, to: k };
}

function nameText(tokens: Token[], span: NameSpan): string {
  return tokens
    .slice(span.from, span.to)
    .map((t) => t.text)
    .join(' ');
}

/**
 * True when an expert title follows at k, bare or after "a"/"an"/"another" and a few lower-case
 * words ("Qian Qian, an academician of …", "Xue Songsheng, another professional in …").
 */
function titledAfter(tokens: Token[], k: number): boolean {
  if (PEOPLE_OPTIONS.appositiveTitles.has(tokens[k]?.lower ?? '')) return true;
  // "Zou Hongzhi, a member of the program": a member of a talent programme is an expert.
  if (
    PEOPLE_OPTIONS.programMember.test(
      tokens
        .slice(k, k + 8)
        .map((t) => t.lower)
        .join(' '),
    )
  )
    return true;
  if (!/^(?:an?|another)$/i.test(tokens[k]?.text ?? '')) return false;
  for (let j = k + 1; j <= k + 1 + PEOPLE_OPTIONS.maxTitleAdjectives; j++) {
    const t = tokens[j];
    if (!t || !t.word) return false;
    if (PEOPLE_OPTIONS.appositiveTitles.has(t.lower)) return true;
    if (t.text !== t.lower) return false;
  }
  return false;
}

/** The surname-first name owning the team at i ("Wang Huaming's (research) team"), untitled. */
function possessorOfTeam(tokens: Token[], i: number): NameSpan | undefined {
  const s = tokens[i - 1]?.lower === 'research' ? i - 2 : i - 1;
  if (tokens[s]?.lower !== 's' || !/^['’]$/.test(tokens[s - 1]?.text ?? '')) return undefined;
  const to = s - 1;
  for (let from = Math.max(0, to - PEOPLE_OPTIONS.maxNameWords); from <= to - 2; from++) {
    const words = tokens.slice(from, to);
    if (!words.every((w) => isCapitalized(w) && !STOP_WORDS.has(w.lower))) continue;
    if (!SURNAMES.has((tokens[from] as Token).lower)) continue;
    // A title before the name is handled with the titled expert.
    if (EXPERT_TITLES.has(tokens[from - 1]?.lower ?? '')) return undefined;
    return { from, to };
  }
  return undefined;
}

/**
 * Named experts ("Professor Wang Shilong", "Academician Li Peigen") and their teams
 * ("the team led by Professor Wang Shilong", "Wang Shilong's team", "Professor Wang's team").
 */
export function findPeople(tokens: Token[], text: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const person = (span: NameSpan): void => {
    const start = (tokens[span.from] as Token).start;
    const end = (tokens[span.to - 1] as Token).end;
    out.push({
      start: offset + start,
      end: offset + end,
      text: text.slice(start, end),
      name: nameText(tokens, span),
      type: 'Person',
      score: PEOPLE_OPTIONS.personScore,
    });
  };
  const team = (span: NameSpan, start: number, end: number): void => {
    out.push({
      start: offset + start,
      end: offset + end,
      text: text.slice(start, end),
      name: `${nameText(tokens, span)} team`,
      type: 'ResearchTeam',
      score: PEOPLE_OPTIONS.teamScore,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "Pan Fusheng, Academician of …": a name followed by a comma and an expert title.
    const prev = tokens[i - 1];
    // After a lower-case verb ("attracted Wang Hua, an academician") a known surname must open it.
    const afterVerb =
      prev !== undefined && prev.word && !isCapitalized(prev) && SURNAMES.has(t.lower);
    if (!prev || !prev.word || prev.lower === 'and' || afterVerb) {
      const span = nameAt(tokens, i);
      if (
        span &&
        span.from === i &&
        tokens[span.to]?.text === ',' &&
        titledAfter(tokens, span.to + 1)
      )
        person(span);
      // "Zhou Bing left a laboratory …": a surname-first name doing a career step is an expert.
      else if (
        span &&
        span.from === i &&
        SURNAMES.has((tokens[i] as Token).lower) &&
        PEOPLE_OPTIONS.careerVerbs.has(tokens[span.to]?.text ?? '')
      )
        person(span);
    }
    // A plural title names experts only in running text ("academicians Li Ming and …"), before a
    // surname ("Foreign Experts Help Vitalize Shandong" is a headline).
    const pluralTitle = /s$/.test(t.lower) && t.lower !== 'prof.';
    if (
      EXPERT_TITLES.has(t.lower) &&
      (i === 0 || !EXPERT_TITLES.has(tokens[i - 1]?.lower ?? '')) &&
      (!pluralTitle || (t.text === t.lower && SURNAMES.has(tokens[i + 1]?.lower ?? '')))
    ) {
      const span = nameAt(tokens, i);
      // "Professor Way Kuo, CityU President": a titled official, not an expert.
      const rest = span ? text.slice((tokens[span.to - 1] as Token).end) : '';
      const official =
        span !== undefined &&
        (PEOPLE_OPTIONS.officialAfter.test(rest) ||
          PEOPLE_OPTIONS.officialOf.test(rest) ||
          // "Honorary President Academician X" stays an expert: the title outranks the role.
          (PEOPLE_OPTIONS.roleBefore.has(tokens[i - 1]?.lower ?? '') &&
            !PEOPLE_OPTIONS.appositiveTitles.has(t.lower.replace(/\.$/, '')) &&
            t.lower !== 'prof.'));
      if (span && span.from > i && !official) {
        person(span);
        // "academicians Li Ming and Zhou Qiang": a plural title names every surname-first name listed.
        if (pluralTitle) {
          let k = span.to;
          while (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') {
            const from = tokens[k + 1]?.lower === 'and' ? k + 2 : k + 1;
            const next = nameAt(tokens, from);
            if (!next || next.from !== from || !SURNAMES.has((tokens[from] as Token).lower)) break;
            person(next);
            k = next.to;
          }
        }
        // "Professor Wang Shilong's team"
        if (
          tokens[span.to]?.text.match(/^['’]$/) &&
          tokens[span.to + 1]?.lower === 's' &&
          tokens[span.to + 2]?.lower === 'team'
        ) {
          team(span, (tokens[span.from] as Token).start, (tokens[span.to + 2] as Token).end);
        }
      }
    }
    // "Wang Huaming's team": an untitled surname-first name owning a team leads it.
    if (t.lower === 'team') {
      const span = possessorOfTeam(tokens, i);
      if (span) {
        person(span);
        team(span, (tokens[span.from] as Token).start, t.end);
      }
    }
    // "the team of Professor Wang Shilong": a titled or surname-first name after "team of".
    if (t.lower === 'team' && tokens[i + 1]?.lower === 'of') {
      const span = nameAt(tokens, i + 2);
      if (span && (span.from > i + 2 || SURNAMES.has((tokens[span.from] as Token).lower))) {
        if (span.from === i + 2) person(span);
        team(span, t.start, (tokens[span.to - 1] as Token).end);
      }
    }
    // "a team from X University led by Professor Wang Lei": the team is the word "team" alone, so
    // the university named after "from" stays a mention of its own (the team's owner).
    if (t.lower === 'team' && tokens[i + 1]?.lower === 'from') {
      let k = i + 2;
      if (tokens[k]?.lower === 'the') k++;
      const runStart = k;
      while (
        k < tokens.length &&
        k - runStart < 10 &&
        (isCapitalized(tokens[k]) || tokens[k]?.lower === 'of')
      )
        k++;
      if (
        k > runStart &&
        PEOPLE_OPTIONS.leadVerbs.has(tokens[k]?.lower ?? '') &&
        tokens[k + 1]?.lower === 'by'
      ) {
        const span = nameAt(tokens, k + 2);
        const rest = span ? text.slice((tokens[span.to - 1] as Token).end) : '';
        const official =
          PEOPLE_OPTIONS.officialAfter.test(rest) || PEOPLE_OPTIONS.officialOf.test(rest);
        if (
          span &&
          !official &&
          (span.from > k + 2 || SURNAMES.has((tokens[span.from] as Token).lower))
        ) {
          person(span);
          team(span, t.start, t.end);
        }
      }
    }
    // "team led by (Professor) Wang Shilong"
    if (
      t.lower === 'team' &&
      PEOPLE_OPTIONS.leadVerbs.has(tokens[i + 1]?.lower ?? '') &&
      tokens[i + 2]?.lower === 'by'
    ) {
      const span = nameAt(tokens, i + 3);
      // "a team led by Yu Jianyong, president of DHU": a delegation led by an official.
      const rest = span ? text.slice((tokens[span.to - 1] as Token).end) : '';
      const official =
        PEOPLE_OPTIONS.officialAfter.test(rest) || PEOPLE_OPTIONS.officialOf.test(rest);
      if (span && !official) {
        if (span.from === i + 3) person(span);
        team(span, t.start, (tokens[span.to - 1] as Token).end);
      }
    }
  }
  return out;
}
