import { names, run } from '../support/enExtract';

// Invented organisations and places: each mechanism must fire on sentences no fixture contains,
// and stay silent on near misses.

describe('English (round 16): a legal form after a comma closes the name', () => {
  it('"X Systems, Inc." is one company, at a sentence start and after "with"', () => {
    expect(names(run('Brennock Systems, Inc. signed a deal with Qinglan University.'))).toContain(
      'Company:Brennock Systems, Inc.',
    );
    expect(
      names(run('Qinglan University signed a deal with Tarrow Pumps, LLC, a maker of valves.')),
    ).toContain('Company:Tarrow Pumps, LLC');
  });

  it('near miss: a comma before an ordinary word joins no name', () => {
    const found = names(run('Brennock Systems, Qinglan University and Haixin Group met in May.'));
    expect(found.some((n) => n.includes('Brennock Systems, Qinglan'))).toBe(false);
  });
});
