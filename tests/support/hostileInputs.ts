/**
 * A generated set of hostile inputs for the security tests: Cypher and Lucene fragments, quotes,
 * backticks, closing braces and parentheses, look-alike characters, very long strings, NUL and
 * control bytes, lone surrogates, labels and relationship types outside the ontology allowlist.
 *
 * Each input is a string as a client would mean it; `raw`, when present, is a percent-encoded
 * form to put into a URL as is (invalid UTF-8, broken escapes) that no JS string can express.
 */
export interface HostileInput {
  /** Which family it comes from and how it was mutated (for failure messages). */
  label: string;
  value: string;
  raw?: string;
}

const CYPHER = [
  "' OR 1=1 //",
  '" OR ""="',
  "') DETACH DELETE n //",
  "'}) MATCH (n) DETACH DELETE n //",
  "e_x'}) SET n.pwned = true //",
  '`) DETACH DELETE n //',
  '`Company`) DETACH DELETE n //',
  'Company`) CREATE (x:Pwned) //',
  '}]->(x) CREATE (x:Pwned {a:1}) //',
  ')-[:OWNS]->(m) DELETE m //',
  '$(e.type)',
  '$from',
  '$__proto__',
  "' UNION MATCH (n) RETURN n //",
  'MATCH (n) DETACH DELETE n',
  'CALL db.labels() YIELD label RETURN label',
  "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  '; DROP CONSTRAINT entity_id',
  'DROP INDEX entity_names',
  'CREATE CONSTRAINT x FOR (n:Pwned) REQUIRE n.id IS UNIQUE',
  ':param x => 1',
  '/* */ MATCH (n) SET n.pwned = true',
  '// comment',
  "\\' OR \\'\\'=\\'",
  "toInteger('1e309')",
  'WITH 1 AS x CALL { MATCH (n) DETACH DELETE n } RETURN x',
  '0) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //',
];

const LUCENE = [
  '*',
  '?',
  'name:*',
  'AND',
  'OR',
  'NOT',
  'a AND',
  'OR b',
  'NOT NOT',
  '"unterminated',
  '~',
  'a~0.5',
  '/.*/',
  '[a TO z]',
  '{a TO z}',
  '\\',
  '&&',
  '||',
  '!',
  '^2',
  'a^',
  '+-',
  'id:e_*',
  '(((((',
  ')))))',
];

/** Labels, relationship types and enum values outside the allowlists (or cased differently). */
const OUTSIDE_ALLOWLIST = [
  'OWNS',
  'Pwned',
  'Entity',
  'Document',
  'Evidence',
  'AliasKey',
  'company',
  'COMPANY',
  'co_builds',
  'Company,OWNS',
  'Company|University',
  'Company:Pwned',
  'CO_BUILDS|OWNS',
  'CO_BUILDS*1..100',
  'LOCATED_IN]-(x)-[:OWNS',
  'degree; DROP',
  'pagerank()',
  'zh-CN',
  'fr',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

const NUMBERS = [
  '-1',
  '0',
  '-0',
  '1e6',
  '1000000',
  '999999999999999999999',
  '1e309',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1.5',
  '1,2',
  '1 OR 1',
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '{"$ne":null}',
  '',
  ' ',
];

const PATHS = [
  '../../../etc/passwd',
  'e_../../etc',
  '..',
  '.',
  '%',
  '%2e%2e%2f',
  'd_*',
  'e_\\x00',
  'file:///etc/passwd',
];

const LOOKALIKES = [
  '\uFF07 OR 1=1', // fullwidth apostrophe
  '\uFF02) DETACH DELETE n', // fullwidth quote
  '\uFF40Company\uFF40', // fullwidth backtick
  '\uFF5D\uFF09', // fullwidth } )
  '\u2019 OR \u2018\u2019=\u2018', // curly quotes
  '\u02BC OR 1=1', // modifier apostrophe
  '\uA78C) DETACH DELETE n', // saltillo
  '\u0421ompany', // Cyrillic С
  'Univ\u0435rsity', // Cyrillic е
  'CO\uFF3FBUILDS', // fullwidth low line
  '\u0131d', // dotless i
];

const INVISIBLE = [
  '\u200B',
  'Com\u200Bpany',
  '\u202Eevil\u202C',
  '\u2066isolate\u2069',
  '\uFEFF',
  '\u200F\u200E',
  '\u00AD',
  '\u2028\u2029',
];

const CONTROL = [
  '\u0000',
  'a\u0000b',
  "\u0000' OR 1=1 //",
  '\r\n',
  '\t',
  '\u0007',
  '\u001b[31mred',
  '\u007f',
  '\ud800',
  '\udfff',
  'x\ud83d',
];

const MARKUP = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '<svg/onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${process.exit(1)}',
];

const CHINESE = ["重庆大学' OR 1=1 //", '两江新区`) DETACH DELETE n //', '科技有限公司}]->(x)'];

const FAMILIES: Record<string, readonly string[]> = {
  cypher: CYPHER,
  lucene: LUCENE,
  allowlist: OUTSIDE_ALLOWLIST,
  number: NUMBERS,
  path: PATHS,
  lookalike: LOOKALIKES,
  invisible: INVISIBLE,
  control: CONTROL,
  markup: MARKUP,
  chinese: CHINESE,
};

/** Mutations applied to every fragment: placement, wrapping and smuggling variants. */
const MUTATIONS: Record<string, (s: string) => string> = {
  plain: (s) => s,
  idPrefix: (s) => `e_${s}`,
  inList: (s) => `Company,CO_BUILDS,${s}`,
  closing: (s) => `'${s})}]\``,
  backticked: (s) => `\`${s}\``,
  nul: (s) => `${s}\u0000`,
  zeroWidth: (s) => [...s].join('\u200B'),
};

/** Percent-encoded forms a JS string cannot express (invalid UTF-8, broken escapes). */
const RAW = [
  '%FF%FE',
  '%ED%A0%80',
  '%C0%AF',
  '%',
  '%zz',
  '%E4%B8',
  '%00',
  '%25%00',
  'a%00b',
  '%C3%28',
  '%F0%28%8C%28',
];

/** Lengths for the long variants: short of, around and beyond the usual header/param limits. */
const LONG_LENGTHS = [101, 2_001, 5_000, 20_000];

/** Builds the set: every family × every mutation, long strings and raw encodings; deduplicated. */
export function hostileInputs(): HostileInput[] {
  const out: HostileInput[] = [];
  const seen = new Set<string>();
  const push = (input: HostileInput): void => {
    const key = input.raw !== undefined ? `raw:${input.raw}` : input.value;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(input);
  };
  for (const [family, fragments] of Object.entries(FAMILIES)) {
    fragments.forEach((fragment, i) => {
      for (const [mutation, apply] of Object.entries(MUTATIONS)) {
        push({ label: `${family}[${i}]/${mutation}`, value: apply(fragment) });
      }
    });
  }
  const longSeeds = ["'", '`', '}', ')', 'a', '字', "' OR 1=1 //", '\u200B', '\uFF07', '<script>'];
  for (const seed of longSeeds) {
    for (const length of LONG_LENGTHS) {
      push({
        label: `long(${JSON.stringify(seed)}×${length})`,
        value: seed.repeat(Math.ceil(length / seed.length)).slice(0, length),
      });
    }
  }
  for (const raw of RAW) push({ label: `raw(${raw})`, value: decodeURIComponentLoose(raw), raw });
  return out;
}

function decodeURIComponentLoose(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The URL-encoded form of an input: its raw form if it has one, else a lossless encoding. */
export function urlEncoded(input: HostileInput): string {
  if (input.raw !== undefined) return input.raw;
  // encodeURIComponent throws on lone surrogates: encode those as their (invalid) UTF-8 bytes.
  let out = '';
  for (let i = 0; i < input.value.length; i++) {
    const code = input.value.charCodeAt(i);
    const isHigh = code >= 0xd800 && code <= 0xdbff;
    const isLow = code >= 0xdc00 && code <= 0xdfff;
    if (isHigh && i + 1 < input.value.length) {
      const next = input.value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += encodeURIComponent(input.value.slice(i, i + 2));
        i++;
        continue;
      }
    }
    if (isHigh || isLow) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
      continue;
    }
    out += encodeURIComponent(input.value[i] as string);
  }
  return out;
}
