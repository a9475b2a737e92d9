/**
 * The learned English organisation layer (graph/en/learnedOrgs.ts) on invented sentences: names
 * made up here, so nothing is remembered from a fixture.
 */
import modelFile from '../../graph/data/learned/en-organisations.json';
import { recogniseEntities, recogniseRuleEntities } from '../../graph/en/entities';
import {
  isOff,
  LEARNED_MODEL,
  LEARNED_USES,
  refineWithLearnedOrganisations,
  type LearnedUses,
} from '../../graph/en/learnedOrgs';
import { normalizeEnglish } from '../../graph/en/normalize';
import { candidateSpans, scoreableSpans, shapeOf } from '../../graph/en/orgSpans';
import { splitEnglishSentences } from '../../graph/en/sentences';
import { asLinearModel, NONE } from '../../graph/learn/linearModel';

const OFF: LearnedUses = { add: null, drop: null, retype: null, replace: null };

/** Rules alone and rules + the layer with the given uses, as "Type:name" lists. */
function run(raw: string, uses: LearnedUses): { rules: string[]; learned: string[] } {
  const { text } = normalizeEnglish(raw);
  const sentences = splitEnglishSentences(text);
  const rules = recogniseRuleEntities('doc', text, sentences);
  const learned = refineWithLearnedOrganisations(
    'doc',
    text,
    sentences,
    rules,
    LEARNED_MODEL,
    uses,
  );
  const names = (list: typeof rules): string[] =>
    list.entities.map((e) => `${e.type}:${e.name}`).sort();
  return { rules: names(rules), learned: names(learned) };
}

describe('learned English organisations: candidate spans', () => {
  it('offers a whole name joined by "and" as well as its pieces', () => {
    const text = 'Staff of Brixholt University of Mining and Geology met Tarnwick University.';
    const spans = candidateSpans({ start: 0, end: text.length, text }, 0).map((s) => s.text);
    expect(spans).toEqual(
      expect.arrayContaining([
        'Brixholt University of Mining and Geology',
        'Brixholt University of Mining',
        'Tarnwick University',
      ]),
    );
  });

  it('splits a run at "in" so a name does not swallow the place after it', () => {
    const text = 'He joined Plumwell Analytics in Kestrava.';
    const spans = candidateSpans({ start: 0, end: text.length, text }, 0).map((s) => s.text);
    expect(spans).toContain('Plumwell Analytics');
    expect(spans).toContain('Kestrava');
  });

  it('reads word shapes as letter classes', () => {
    expect(shapeOf('Brixholt')).toBe('Xxx');
    expect(shapeOf('QRTX')).toBe('XX');
    expect(shapeOf('R&D')).toBe('X&X');
  });
});

describe('learned English organisations: the model', () => {
  it('finds a whole university name with an inner "and" before a second "and"', () => {
    const raw =
      'Researchers at Brixholt University of Mining and Geology and Tarnwick University will jointly build a laboratory.';
    const { rules, learned } = run(raw, { ...OFF, replace: 0.6 });
    // The rules read this name whole too since round 16 (fieldClosesBefore in organisations.ts).
    expect(rules).toContain('University:Brixholt University of Mining and Geology');
    expect(learned).toContain('University:Brixholt University of Mining and Geology');
    expect(learned).not.toContain('University:Geology and Tarnwick University');
  });

  it('adds no organisation for a title, a weekday, a street or a person', () => {
    const raw = 'On Tuesday the Minister of Trade visited Harlow Street with Lorna Fisk.';
    for (const uses of [
      { ...OFF, add: 0.5 },
      { ...OFF, replace: 0.5 },
    ]) {
      const { learned } = run(raw, uses);
      const orgs = learned.filter((e) => !/^(?:District|Person):/.test(e));
      expect(orgs).toEqual([]);
    }
  });

  it('keeps an organisation the rules found when it agrees with them', () => {
    const raw =
      'The deal between Korvex Holdings and the Dunmere Institute of Marine Science was signed.';
    const { learned } = run(raw, { ...OFF, replace: 0.6 });
    expect(learned).toEqual(
      expect.arrayContaining([
        'Company:Korvex Holdings',
        'Institute:Dunmere Institute of Marine Science',
      ]),
    );
  });

  it('gives the same entities and features on every run (deterministic)', () => {
    const raw =
      'Velmora Polytechnic Institute and Quenby Robotics Group signed an agreement in Pellham.';
    const { text } = normalizeEnglish(raw);
    const sentences = splitEnglishSentences(text);
    const rules = recogniseRuleEntities('doc', text, sentences);
    const once = JSON.stringify(scoreableSpans(text, sentences, rules.entities));
    expect(JSON.stringify(scoreableSpans(text, sentences, rules.entities))).toBe(once);
    expect(JSON.stringify(run(raw, { ...OFF, replace: 0.6 }))).toBe(
      JSON.stringify(run(raw, { ...OFF, replace: 0.6 })),
    );
  });
});

describe('learned English organisations: the data file', () => {
  it('loads as a linear model with a NONE label and one threshold per use', () => {
    const model = asLinearModel((modelFile as { model: unknown }).model);
    expect(model.labels).toContain(NONE);
    expect(model.labels).toContain('University');
    expect(Object.keys(model.weights).length).toBeGreaterThan(100);
    expect(Object.keys(LEARNED_USES).sort()).toEqual(['add', 'drop', 'replace', 'retype']);
  });

  it('leaves the rules untouched when every use is off; the entity step applies the stored uses', () => {
    const raw =
      'Brixholt University of Mining and Geology and Korvex Holdings signed an agreement.';
    const { text } = normalizeEnglish(raw);
    const sentences = splitEnglishSentences(text);
    const rules = recogniseRuleEntities('doc', text, sentences);
    expect(refineWithLearnedOrganisations('doc', text, sentences, rules, LEARNED_MODEL, OFF)).toBe(
      rules,
    );
    expect(isOff(OFF)).toBe(true);
    expect(JSON.stringify(recogniseEntities('doc', text, sentences))).toBe(
      JSON.stringify(
        refineWithLearnedOrganisations('doc', text, sentences, rules, LEARNED_MODEL, LEARNED_USES),
      ),
    );
  });
});
