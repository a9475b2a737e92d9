import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';

/** Legal endings dropped to get a company's core (罗莱生活科技股份有限公司 → 罗莱生活科技). */
const LEGAL_END_RE = /(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司|集团)$/;
/** Units a company's short name may own (罗莱股份研究院). */
const UNIT_END_RE = /(?:研究院|研究所|研究中心|实验室)$/;

/** True when `short` keeps its first character and the rest of its characters in order in `long`. */
function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    j = long.indexOf(short[i] as string, j);
    if (j < 0) return false;
    j++;
  }
  return true;
}

/** A leading city (南通中央创新区 → 中央创新区) dropped. */
function withoutCity(name: string): string {
  for (const n of [3, 2]) if (LEXICON.bigPlaces.has(name.slice(0, n))) return name.slice(n);
  return name;
}

/** Places the place lists know by their core (潼南): never a contraction. */
function isKnownPlace(core: string): boolean {
  return LEXICON.districtCanonical.has(core) || LEXICON.bigPlaces.has(core);
}

/** Autonomous regions without 自治区 (宁夏回族, 西藏): heads of 自治区科技厅-like names. */
const REGION_HEADS: ReadonlySet<string> = new Set(
  Object.values(LEXICON.regionFull).map((f) => f.slice(0, -'自治区'.length)),
);

/** A place name heading a longer name (璧山, 重庆市, 九龙坡区). */
function isPlaceHead(head: string): boolean {
  const core = head.replace(/[省市区县]$/, '');
  // 宁夏回族 + 自治区科技厅: an autonomous region's name before its bare level.
  return isKnownPlace(core) || isKnownPlace(head) || REGION_HEADS.has(head);
}

/** A short company name: a two- or three-character core and 集团 or 公司 (海垦集团). */
const SHORT_COMPANY_RE = /^([\u4e00-\u9fff]{2,3})(集团|公司)$/;

/**
 * 海垦集团 beside 海南省农垦投资控股集团有限公司: a short company name whose core keeps the first
 * character and the order of the long name's characters, and whose ending word the long name has,
 * is that company when exactly one company of the article fits.
 */
function companyContraction(name: string, companies: readonly string[]): string | undefined {
  const m = SHORT_COMPANY_RE.exec(name);
  if (!m) return undefined;
  const core = m[1] as string;
  if (isKnownPlace(core)) return undefined;
  const fits = new Set(
    companies.filter(
      (c) =>
        c !== name &&
        c.includes(m[2] as string) &&
        isAbbreviation(core, c.replace(LEGAL_END_RE, '')),
    ),
  );
  return fits.size === 1 ? [...fits][0] : undefined;
}

/**
 * Contracted names stand for the long names of the same article: a zone (中创区 for 南通中央创新区,
 * first characters of its words, same level ending) and a company's unit named after the
 * company's short form (罗莱股份研究院 for 罗莱生活科技研究院 when 罗莱生活科技股份有限公司 is named).
 * Mentions of the contraction take the long name's canonical form.
 */
export function mergeContractions(mentions: ZhMention[]): void {
  const zones: string[] = [];
  const companies: string[] = [];
  const units: string[] = [];
  for (const m of mentions) {
    if (m.kind === 'coref') continue;
    if (m.type === 'District' && m.canonical.endsWith('区')) zones.push(m.canonical);
    else if (m.type === 'Company' && LEGAL_END_RE.test(m.canonical)) companies.push(m.canonical);
    else if (m.type === 'Institute' || m.type === 'Lab') units.push(m.canonical);
  }
  const bodies = mentions.filter((m) => m.type === 'Other' && m.kind !== 'coref');
  for (const m of mentions) {
    if (m.kind === 'coref') continue;
    if (m.type === 'Other') {
      // 高新区管委会 beside 璧山高新区管委会: the same body with its place left out.
      const longer = new Set(
        bodies
          .map((b) => b.canonical)
          .filter((c) => c.length > m.canonical.length && c.endsWith(m.canonical))
          .filter((c) => isPlaceHead(c.slice(0, c.length - m.canonical.length))),
      );
      if (longer.size === 1) m.canonical = [...longer][0] as string;
      continue;
    }
    if (m.type === 'District' && m.canonical.endsWith('区') && m.canonical.length <= 4) {
      const short = m.canonical.slice(0, -1);
      // 潼南区 beside 潼南高新区: a place and its zone, not a contraction (a contraction skips).
      const long = zones.find((z) => {
        const core = withoutCity(z).slice(0, -1);
        return !core.startsWith(short) && isAbbreviation(short, core);
      });
      if (long !== undefined && short.length >= 2 && !isKnownPlace(short)) m.canonical = long;
      continue;
    }
    if (m.type === 'Company') {
      const long = companyContraction(m.canonical, companies);
      if (long !== undefined) m.canonical = long;
      continue;
    }
    if (m.type !== 'Institute' && m.type !== 'Lab') continue;
    // 特种涂料工程技术中心 beside 特种涂料工程技术研究中心: the centre named without 研究.
    if (m.canonical.endsWith('中心') && !m.canonical.endsWith('研究中心')) {
      const full = m.canonical.slice(0, -2) + '研究中心';
      if (units.includes(full)) {
        m.canonical = full;
        continue;
      }
    }
    const unit = UNIT_END_RE.exec(m.canonical);
    if (!unit) continue;
    const owner = m.canonical.slice(0, unit.index);
    if (owner.length < 3) continue;
    for (const c of companies) {
      const core = c.replace(LEGAL_END_RE, '');
      // 罗莱股份 is 罗莱 + 股份: the short form contracts the whole legal name, not its core.
      if (core === owner || !isAbbreviation(owner, c)) continue;
      const same = units.find((u) => u === core + unit[0]);
      if (same !== undefined) {
        m.canonical = same;
        break;
      }
    }
  }
}
