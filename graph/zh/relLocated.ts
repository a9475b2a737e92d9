import placeData from '../data/zh/places.json';
import { LEXICON } from './lexicon';
import type { ZhMention } from './mention';
import {
  between,
  clauseOf,
  RESEARCH_HOMES,
  triggerWords,
  type SentenceCtx,
  type ZhRelation,
} from './relContext';
import { ceremonyAt } from './relCeremony';
import { listedTenants } from './relTenants';

const TRIGGER = triggerWords(LEXICON.triggers.locatedIn);
/** Confidence of LOCATED_IN patterns. */
const CONF = Object.freeze({ attributive: 0.9, predicate: 0.85, scene: 0.7 });

/** Joiners between the items of a list of subjects (A、B和C双双落户X). */
const LIST_JOINERS = new Set(['、', '和', '与', '及', '以及']);

/** The index of the last place in the run of places written one after another from `k` (湖北大冶). */
function chainEnd(top: readonly ZhMention[], k: number): number {
  let j = k;
  while (
    j + 1 < top.length &&
    (top[j + 1] as ZhMention).type === 'District' &&
    (top[j + 1] as ZhMention).start === (top[j] as ZhMention).end
  )
    j++;
  return j;
}

/**
 * The last mention before a trigger and the list it closes: A、B、C等一批机构落户X → A, B, C;
 * A和B双双落户X → A, B. Items must be joined by list marks only.
 */
export function listEnding(pre: readonly ZhMention[], text: string): ZhMention[] {
  const last = pre[pre.length - 1];
  if (!last) return [];
  const out = [last];
  for (let k = pre.length - 2; k >= 0; k--) {
    const a = pre[k] as ZhMention;
    const gap = text.slice(a.end, (out[0] as ZhMention).start);
    if (!LIST_JOINERS.has(gap)) break;
    out.unshift(a);
  }
  return out;
}

/** Between a name and the trigger: its results or projects are the subject (X的…成果落地Y). */
const RESULT_OF_RE =
  /^(?:团队|课题组|专家)?的[^，。；]{0,12}(?:成果|技术|专利|项目|产品)(?:已|已经|成功|顺利|将|正式|转化)*$/;
/** Results whose landing is a transfer (X的科研成果落户Y), not a project's investment. */
const TRANSFERRED_RE = /(?:成果|技术|专利)(?:已|已经|成功|顺利|将|正式|转化)*$/;
/** Who a landed result may come from. */
const RESULT_ORIGINS = new Set(['University', 'Institute', 'Lab', 'ResearchTeam']);

/**
 * LOCATED_IN (entity → District):
 * - 位于X(来苏镇)的Y → Y→X (the last district before 的 is the most specific);
 * - Y位于X / Y落户X / Y入驻X → Y→X.
 */
export function locatedIn(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const s = ctx.sentence;
  let resume = 0;
  for (
    let m = TRIGGER.next(s.text, resume, s.text.length);
    m;
    m = TRIGGER.next(s.text, resume, s.text.length)
  ) {
    resume = m.index + m.word.length;
    const at = s.start + m.index;
    const after = at + m.word.length;
    const cl = clauseOf(s, at);
    const post = between(ctx.top, after, cl.end);
    const districts: ZhMention[] = [];
    let i = 0;
    while (
      i < post.length &&
      (post[i] as ZhMention).type === 'District' &&
      (post[i] as ZhMention).start - after <= 8
    ) {
      districts.push(post[i] as ZhMention);
      i++;
    }
    // 设在巴马科创中心 / 入驻X科技园: a named park or centre is the site too.
    const site =
      districts.length === 0 &&
      SITE_WORDS.has(m.word) &&
      post[0]?.type === 'Lab' &&
      post[0].start - after <= 1
        ? post[0]
        : undefined;
    const place = districts[districts.length - 1] ?? site;
    if (!place) continue;
    const y = post[i];
    const gap = y ? text.slice(place.end, y.start) : '';
    if (y && gap.length <= 10 && gap.endsWith('的')) {
      out.push({
        type: 'LOCATED_IN',
        source: y,
        target: place,
        sentence: s,
        confidence: CONF.attributive,
      });
      continue;
    }
    let pre = between(ctx.top, cl.start, at).filter((x) => x.type !== 'District');
    // 南京大学…合作成立的功能材料研究所，位于南京江北新区: a clause opening with the trigger
    // places the name that closes the clause before it.
    if (pre.length === 0 && at === cl.start && cl.start > s.start) {
      // …, else the sentence's subject (X由A与B共建，位于Y).
      const closer =
        ctx.top.find((x) => x.end === cl.start - 1 && x.type !== 'District') ??
        ctx.top.find((x) => x.start === s.start && x.type !== 'District');
      if (closer && SITED.has(closer.type)) pre = [closer];
    }
    // 西安交通大学的一项专利成果落地X: what lands is the result, not the school.
    const owner = pre[pre.length - 1];
    if (owner && RESULT_OF_RE.test(text.slice(owner.end, at))) {
      // 湘潭大学团队的科研成果落户X: the school's results land there, a transfer.
      if (
        !site &&
        RESULT_ORIGINS.has(owner.type) &&
        TRANSFERRED_RE.test(text.slice(owner.end, at)) &&
        (m.word === '落户' || m.word === '落地')
      )
        out.push({
          type: 'TRANSFERS_TO',
          source: owner,
          target: place,
          sentence: s,
          confidence: CONF.predicate,
        });
      continue;
    }
    // 研究所已有3个项目入驻X基地: the subject's projects move in, not the subject.
    const lastPre = pre[pre.length - 1];
    if (site && lastPre && OBJECT_MOVED_RE.test(text.slice(lastPre.end, at))) continue;
    // 鲁中理工大学专家团队扎根青州市: the school's experts work there; the school supports the place.
    if (lastPre && ENVOYS_MOVED_RE.test(text.slice(lastPre.end, at))) {
      if (ENVOY_SENDERS.has(lastPre.type))
        out.push({
          type: 'SUPPORTS',
          source: lastPre,
          target: place,
          sentence: s,
          confidence: CONF.scene,
        });
      continue;
    }
    for (const subj of listEnding(pre, text)) {
      if (site && (subj.type === 'District' || subj.canonical === site.canonical)) continue;
      out.push({
        type: 'LOCATED_IN',
        source: subj,
        target: place,
        sentence: s,
        confidence: CONF.predicate,
      });
    }
  }
  out.push(...appositiveSites(ctx, text), ...placeChains(ctx), ...establishedAt(ctx, text));
  out.push(...kindOfPlace(ctx, text));
  if (s.text.includes('仪式') || s.text.includes('大会')) out.push(...ceremonyAt(ctx, text));
  if (s.text.includes('驻')) out.push(...listedTenants(ctx, text));
  if (ctx.docPlace && FIGURES.next(s.text, 0, s.text.length)) out.push(...projectSites(ctx, text));
  return out;
}

/** Figures that describe a project (总投资, 占地, 总建筑面积). */
const FIGURES = triggerWords(LEXICON.triggers.projectFigures);
/** Words between a project carrier and its figures: the project itself (厂房及其配套设施建设项目二期). */
const PROJECT_GAP_RE = /^[^。；：“”]{0,22}?$/;
/** What carries a zone's project: a company, a park, a lab or institute. */
const CARRIERS = new Set(['Company', 'District', 'Lab', 'Institute']);

/**
 * A zone's article on its projects (福州高新区集中开工8个重大项目): a sentence that opens with a
 * named carrier and gives its figures (隆恒科技生产基地总建筑面积约6万平方米) places it in the zone,
 * when the sentence names no other place.
 */
function projectSites(ctx: SentenceCtx, text: string): ZhRelation[] {
  const zone = ctx.docPlace as ZhMention;
  const s = ctx.sentence;
  if (placeLevel(zone.canonical) !== 4) return [];
  const first = ctx.top[0];
  if (!first || first.start !== s.start || !CARRIERS.has(first.type)) return [];
  if (first.canonical === zone.canonical) return [];
  if (ctx.top.some((x) => x !== first && x.type === 'District' && x.canonical !== zone.canonical))
    return [];
  const fig = FIGURES.next(s.text, first.end - s.start, s.text.length);
  if (!fig || !PROJECT_GAP_RE.test(text.slice(first.end, s.start + fig.index))) return [];
  // A place carrier is a park of the zone, not the zone's own district or city.
  if (first.type === 'District' && placeLevel(first.canonical) !== 4) return [];
  return [{ type: 'LOCATED_IN', source: first, target: zone, sentence: s, confidence: CONF.scene }];
}

const KIND = LEXICON.triggers.locatedKind;
/** After the place: what kind of body of that place the subject is (一家新成立的…公司). */
const KIND_AFTER_RE = new RegExp(
  `^的?(?:${KIND.lead.join('|')})?[^，。；：“”]{0,12}?(?:${KIND.kinds.join('|')})`,
);
/** Between the subject and the place (X是Y…, X系Y…, X作为Y…). */
const IS_RE = /^(?:是|系|为|作为)$/;
/** What can be a body of a place. */
const OF_PLACE = new Set(['Company', 'Lab', 'Institute']);

/**
 * 贵州X食品开发有限公司是威宁自治县一家新成立的荞麦食品开发公司 → X lies in 威宁自治县: a
 * company or institute said to be one of a place's bodies. The last place of a chain counts
 * (湖南省常德市一家企业 → 常德市).
 */
function kindOfPlace(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const x = top[k] as ZhMention;
    const y = top[k + 1] as ZhMention;
    if (!OF_PLACE.has(x.type) || y.type !== 'District' || !IS_RE.test(text.slice(x.end, y.start)))
      continue;
    const place = top[chainEnd(top, k + 1)] as ZhMention;
    if (!KIND_AFTER_RE.test(text.slice(place.end, place.end + 24))) continue;
    out.push({
      type: 'LOCATED_IN',
      source: x,
      target: place,
      sentence: ctx.sentence,
      confidence: CONF.predicate,
    });
  }
  return out;
}

/** Things of a subject that move into a site in its stead (A的项目入驻X, A已有3家企业入驻X). */
const OBJECT_MOVED_RE = /项目|成果|技术|产品|团队|企业|公司/;
/** The subject's experts or team, not the subject, go to the place (X专家团队扎根Y, X师生入驻Y). */
const ENVOYS_MOVED_RE =
  /^(?:的)?(?:专家|教授|博士|师生|科研人员|科技人员|科技特派员|特派员)(?:团队|服务团|服务队)?[^，。；]{0,6}$/;
/** Who sends experts: research bodies. */
const ENVOY_SENDERS: ReadonlySet<string> = RESEARCH_HOMES;
/** Triggers that may place a thing in a named park or centre, not only in a district. */
const SITE_WORDS: ReadonlySet<string> = new Set(LEXICON.triggers.locatedInSite);
/** Class words between a place and a name it is the home of (林芝高新区企业X), by the name's type. */
const APPOSITIVES: Readonly<Record<string, readonly string[]>> = LEXICON.triggers.siteAppositives;

/** 与林芝高新区企业西藏X公司合作: a place, a class word, then a company (or school) of that place. */
function appositiveSites(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k + 1 < top.length; k++) {
    const d = top[k] as ZhMention;
    const y = top[k + 1] as ZhMention;
    if (d.type !== 'District' || y.start - d.end < 2 || y.start - d.end > 6) continue;
    const words = APPOSITIVES[y.type];
    if (!words || !words.includes(text.slice(d.end, y.start))) continue;
    out.push({
      type: 'LOCATED_IN',
      source: y,
      target: d,
      sentence: ctx.sentence,
      confidence: CONF.attributive,
    });
  }
  return out;
}

/** 双方将在滨海新区共同建设X: 在 + district inside the clause that builds X places X there. */
function clauseScene(ctx: SentenceCtx, text: string, built: readonly ZhMention[]): ZhRelation[] {
  const out: ZhRelation[] = [];
  for (const b of built) {
    if (b.type === 'District' || b.start < ctx.sentence.start || b.end > ctx.sentence.end) continue;
    const cl = clauseOf(ctx.sentence, b.start);
    const place = between(ctx.top, cl.start, b.start).find(
      (x) => x.type === 'District' && text[x.start - 1] === '在',
    );
    if (place)
      out.push({
        type: 'LOCATED_IN',
        source: b,
        target: place,
        sentence: ctx.sentence,
        confidence: CONF.scene,
      });
  }
  return out;
}

/** A building verb between 在 + place and the thing built there (在江宁区建设X). */
const SITE_VERB_RE = /^(?:共同|合作|联合)?(?:建设|建立|设立|组建|成立|筹建|打造|新建|投资建设)了?/;

/** Types that sit at a place named right before them (在上虞区国科新材料中试基地). */
const SITED = new Set(['Lab', 'Institute', 'Company', 'University']);

/**
 * 在浙江省绍兴市上虞区国科新材料中试基地 → the base is in 上虞区: after 在, a run of districts
 * directly followed by a name places that name in the last (most specific) district.
 */
export function placedAt(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  for (let k = 0; k < top.length; k++) {
    const first = top[k] as ZhMention;
    if (first.type !== 'District' || text[first.start - 1] !== '在') continue;
    // 上海电气南通中央研究院在南通中央创新区开工建设: a lab or institute right before 在 is there.
    const before = top[k - 1];
    if (
      before &&
      before.end === first.start - 1 &&
      (before.type === 'Lab' || before.type === 'Institute')
    )
      out.push({
        type: 'LOCATED_IN',
        source: before,
        target: first,
        sentence: ctx.sentence,
        confidence: CONF.predicate,
      });
    // 在江宁区建设X: the place where a named lab, institute or company is built.
    const built = top[k + 1];
    if (built && SITED.has(built.type) && built.type !== 'University') {
      const v = SITE_VERB_RE.exec(text.slice(first.end, built.start));
      if (v && v[0].length === built.start - first.end)
        out.push({
          type: 'LOCATED_IN',
          source: built,
          target: first,
          sentence: ctx.sentence,
          confidence: CONF.scene,
        });
    }
    const j = chainEnd(top, k);
    const place = top[j] as ZhMention;
    const y = top[j + 1];
    if (y && y.start === place.end && SITED.has(y.type))
      out.push({
        type: 'LOCATED_IN',
        source: y,
        target: place,
        sentence: ctx.sentence,
        confidence: CONF.attributive,
      });
    k = j;
  }
  return out;
}

/** 在X，A与B共建C → C is in X: a scene-setting district applies to what is built there. */
export function sceneLocation(
  ctx: SentenceCtx,
  text: string,
  built: readonly ZhMention[],
): ZhRelation[] {
  const s = ctx.sentence;
  const m = /^在([^，,]{2,12})[，,]/.exec(s.text);
  if (!m) return clauseScene(ctx, text, built);
  const place = ctx.top.find(
    (x) =>
      x.type === 'District' &&
      x.start === s.start + 1 &&
      x.end === s.start + 1 + (m[1] as string).length,
  );
  if (!place) return [];
  void text;
  return built
    .filter((b) => b.start >= s.start && b.end <= s.end && b.type !== 'District')
    .map((b) => ({
      type: 'LOCATED_IN' as const,
      source: b,
      target: place,
      sentence: s,
      confidence: CONF.scene,
    }));
}

/** Endings of zones, parks and towns: the smallest places, inside a district or a city. */
const ZONE_END_RE =
  /(?:开发区|高新区|经开区|新区|园区|产业园|工业园|科技园|试验区|示范区|创新区|功能区|工业区|产业区|片区|科技城|科学城|科创城|新城|街道|镇|乡)$/;
/** Regions and countries: no place sits in them by a name chain (长三角, 中国). */
const REGIONS: ReadonlySet<string> = new Set(placeData.regions);
const PROVINCES: ReadonlySet<string> = new Set(placeData.province);
const CITIES: ReadonlySet<string> = new Set(placeData.city);

/**
 * Administrative level of a place by its name: 1 province, 2 city or prefecture, 3 county or
 * district, 4 zone, park or town; 0 for a region or country (no level).
 */
export function placeLevel(name: string): number {
  if (REGIONS.has(name)) return 0;
  if (ZONE_END_RE.test(name)) return 4;
  if (/(?:省|自治区)$/.test(name) || PROVINCES.has(name)) return 1;
  if (/(?:州|盟|地区)$/.test(name)) return 2;
  if (name.endsWith('市')) return CITIES.has(name.slice(0, -1)) ? 2 : 3;
  if (CITIES.has(name)) return 2;
  return 3;
}

/**
 * 南昌市新建区, 汕尾陆河, 烟台八角湾中央创新区: a place named right after a larger one (no mark
 * between) lies in it → LOCATED_IN smaller → larger. A province heading a city (四川省成都市) is
 * only the usual address, not a tie the text states: cities and smaller places head a chain.
 */
export function placeChains(ctx: SentenceCtx): ZhRelation[] {
  const out: ZhRelation[] = [];
  const places = ctx.all.filter((x) => x.type === 'District' && x.kind !== 'coref');
  for (let k = 0; k + 1 < places.length; k++) {
    const a = places[k] as ZhMention;
    for (let j = k + 1; j < places.length; j++) {
      const b = places[j] as ZhMention;
      if (b.start > a.end) break;
      if (b.start !== a.end || a.canonical === b.canonical) continue;
      const outer = placeLevel(a.canonical);
      if (outer > 1 && placeLevel(b.canonical) > outer) {
        out.push({
          type: 'LOCATED_IN',
          source: b,
          target: a,
          sentence: ctx.sentence,
          confidence: CONF.attributive,
        });
        out.push(...listedAfter(ctx, places, b, a));
      }
    }
  }
  return out;
}

/** Marks between the places of one list (鼎城区、武陵区和桃源县). */
const PLACE_LIST_RE = /^(?:、|和|及|以及)$/;

/**
 * 常德市鼎城区、武陵区和桃源县: in a list whose first place carries its city, the next places of
 * the same level that carry no city of their own lie in that city too.
 */
function listedAfter(
  ctx: SentenceCtx,
  places: readonly ZhMention[],
  first: ZhMention,
  city: ZhMention,
): ZhRelation[] {
  const out: ZhRelation[] = [];
  const level = placeLevel(first.canonical);
  const text = ctx.sentence.text;
  const at = (i: number): number => i - ctx.sentence.start;
  let prev = first;
  for (const x of places) {
    if (x.start <= prev.end) continue;
    if (!PLACE_LIST_RE.test(text.slice(at(prev.end), at(x.start)))) break;
    // 鼎城区、长沙市岳麓区: a place that carries a city of its own starts a new address.
    if (placeLevel(x.canonical) !== level || x.canonical === city.canonical) break;
    const inner = places.find((y) => y !== x && y.start === x.start && y.end < x.end);
    if (inner) break;
    out.push({
      type: 'LOCATED_IN',
      source: x,
      target: city,
      sentence: ctx.sentence,
      confidence: CONF.scene,
    });
    prev = x;
  }
  return out;
}

/** Verbs of coming into being at a place (X在Y揭牌成立, 于2020年在Y启动建设). */
const ESTABLISHED_RE =
  /^(?:正式|顺利|隆重)?(?:揭牌成立|揭牌|成立|挂牌|启动建设|开工建设|开工|建成|落成|启用|开园|奠基|投入使用|投用|运营)/;
/** Between a thing and 在: only a time or adverbs (X13日在Y揭牌, X已于近日在Y成立). */
const TIME_GAP_RE =
  /^(?:[0-9０-９]+(?:年|月|日|号)|上午|下午|晚上|近日|日前|今天|昨天|当天|当日|同日|于|已|将|正式|也|还|近期)*$/;
/** A clause with no subject of its own before 在 (于2020年在Y…, 并在Y…). */
const SUBJECTLESS_LEAD_RE =
  /^(?:[0-9０-９]+(?:年|月|日|号)|于|并|已|将|同时|随后|目前|近日|日前|正式|也|还|先后)*$/;

/**
 * X13日在湖北大冶揭牌成立 / X由A与B共建，于2020年在赣州市启动建设: what comes into being at a
 * place lies there (the last place of a chain after 在; the thing right before, or the
 * sentence's subject when the clause has none of its own).
 */
export function establishedAt(ctx: SentenceCtx, text: string): ZhRelation[] {
  const out: ZhRelation[] = [];
  const top = ctx.top;
  const s = ctx.sentence;
  for (let k = 0; k < top.length; k++) {
    const first = top[k] as ZhMention;
    if (first.type !== 'District' || text[first.start - 1] !== '在') continue;
    const at = k;
    const j = chainEnd(top, k);
    const place = top[j] as ZhMention;
    k = j;
    if (!ESTABLISHED_RE.test(text.slice(place.end, place.end + 6))) continue;
    const zai = first.start - 1;
    const cl = clauseOf(s, zai);
    const before = top[at - 1];
    let thing: ZhMention | undefined;
    if (before && before.end <= zai && before.start >= cl.start && SITED.has(before.type)) {
      if (TIME_GAP_RE.test(text.slice(before.end, zai))) thing = before;
    } else if (SUBJECTLESS_LEAD_RE.test(text.slice(cl.start, zai)) && cl.start > s.start) {
      const subject = top.find((x) => x.start === s.start);
      if (subject && SITED.has(subject.type) && text[subject.end] !== '的') thing = subject;
    }
    if (thing)
      out.push({
        type: 'LOCATED_IN',
        source: thing,
        target: place,
        sentence: s,
        confidence: CONF.scene,
      });
  }
  return out;
}
