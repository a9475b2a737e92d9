import wordsFile from '../data/en/name-words.json';

const SUFFIXES: ReadonlySet<string> = new Set(wordsFile.companySuffixes);

/** True when every word of `rest` is a legal or holding word ("HOLDINGS CO., LTD."). */
function onlySuffixes(rest: string): boolean {
  const words = rest
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return words.length > 0 && words.every((w) => SUFFIXES.has(w));
}

/**
 * "DOWA" beside "DOWA HOLDINGS CO., LTD.", "RPBC Ltd" beside "Radiata Pine Breeding Company
 * (RPBC) Ltd": a company's core name (or its bracketed short form) with nothing but legal and
 * holding words around it is the same company.
 */
export function sameCompanyCore(short: string, long: string): boolean {
  if (long.toLowerCase().startsWith(short.toLowerCase() + ' '))
    return onlySuffixes(long.slice(short.length));
  const core = /^(\S+)(.*)$/.exec(short);
  if (!core) return false;
  const at = long.indexOf(`(${core[1] as string})`);
  if (at < 0) return false;
  const shortRest = (core[2] as string).trim();
  const longRest = long.slice(at + (core[1] as string).length + 2).trim();
  return (
    shortRest.toLowerCase() === longRest.toLowerCase() &&
    (shortRest === '' || onlySuffixes(shortRest))
  );
}
