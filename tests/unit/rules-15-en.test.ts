import { run } from '../support/enExtract';

// Invented names: the fixture policy of round 15 types "… Institute of Technology" as a university.

/** Name → type of every entity found in a text. */
function types(text: string): Record<string, string> {
  return Object.fromEntries(run(text).entities.map((e) => [e.name, e.type]));
}

describe('English (round 15): institutes of technology are universities', () => {
  it('"X Institute of Technology" is a University after any name, not only a known place', () => {
    const found = types(
      'Brennock Institute of Technology signed a licensing agreement with Quellwater Systems Ltd.',
    );
    expect(found['Brennock Institute of Technology']).toBe('University');
  });

  it('"X Polytechnic Institute" is a University after any name', () => {
    const found = types(
      'Tarrowby Polytechnic Institute and Quellwater Systems Ltd. will jointly build a coatings laboratory.',
    );
    expect(found['Tarrowby Polytechnic Institute']).toBe('University');
  });

  it('"X Institute of Science and Technology" stays an Institute unless X is a known place', () => {
    const found = types(
      'Brennock Institute of Science and Technology will jointly build a pilot line with Quellwater Systems Ltd.',
    );
    expect(found['Brennock Institute of Science and Technology']).toBe('Institute');
  });
});
