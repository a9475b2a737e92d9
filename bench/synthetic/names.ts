import type { EntityType } from '../../graph/ontology';
import { scramble } from './prng';

/**
 * Realistic Chinese names for every entity type, built from small pools. A name is a pure
 * function of (type, index), so the generator never stores its universe: index i of a type
 * always names the same organisation, and different indices never share a name or an alias.
 */

const PLACES = Object.freeze([
  '北京',
  '上海',
  '天津',
  '重庆',
  '成都',
  '绵阳',
  '德阳',
  '宜宾',
  '泸州',
  '南充',
  '深圳',
  '广州',
  '东莞',
  '佛山',
  '珠海',
  '杭州',
  '宁波',
  '温州',
  '苏州',
  '无锡',
  '常州',
  '南京',
  '合肥',
  '芜湖',
  '武汉',
  '襄阳',
  '长沙',
  '株洲',
  '西安',
  '咸阳',
  '郑州',
  '洛阳',
  '济南',
  '青岛',
  '烟台',
  '沈阳',
  '大连',
  '长春',
  '哈尔滨',
  '石家庄',
  '太原',
  '南昌',
  '福州',
  '厦门',
  '泉州',
  '昆明',
  '贵阳',
  '南宁',
  '海口',
  '兰州',
  '银川',
  '西宁',
  '遵义',
  '柳州',
  '赣州',
  '潍坊',
  '嘉兴',
  '绍兴',
  '扬州',
  '眉山',
]);
const BRAND_A = Object.freeze([
  ...'华中长天恒瑞博智鼎汇新康金宏创远达信源科海云星盛联航德力安光嘉泰润鑫捷卓凯宇腾聚',
]);
const BRAND_B = Object.freeze([
  ...'芯安润创联微越诚拓维泽科迈锐森灏瀚峰图能元启凌众弘晟通驰合睿晨玛思奥佳讯力邦辉峻',
]);
const INDUSTRIES = Object.freeze([
  '智能',
  '新材料',
  '生物医药',
  '电子',
  '信息技术',
  '新能源',
  '半导体',
  '精密机械',
  '环保',
  '数字',
  '汽车零部件',
  '医疗器械',
  '光电',
  '软件',
  '机器人',
  '储能',
  '航空',
  '化工',
  '农业',
  '通信',
]);
const COMPANY_FORMS = Object.freeze([
  '科技有限公司',
  '科技股份有限公司',
  '股份有限公司',
  '有限公司',
]);
const DISCIPLINES = Object.freeze([
  '交通',
  '邮电',
  '科技',
  '工商',
  '文理',
  '电子科技',
  '医科',
  '师范',
  '理工',
  '工业',
  '农业',
  '财经',
  '外国语',
  '建筑',
  '石油',
  '林业',
  '航空航天',
  '海洋',
  '民族',
  '化工',
]);
const UNIVERSITY_FORMS = Object.freeze(['大学', '学院', '职业学院', '职业技术学院']);
const FIELDS = Object.freeze([
  '智能制造',
  '先进材料',
  '集成电路',
  '生物医药',
  '新能源汽车',
  '人工智能',
  '工业互联网',
  '精准医学',
  '氢能',
  '储能技术',
  '现代农业',
  '绿色化工',
  '轨道交通',
  '航空发动机',
  '光电信息',
  '区块链',
  '量子信息',
  '机器人',
  '大数据',
  '智能网联汽车',
  '医疗器械',
  '高端装备',
  '碳中和',
  '食品安全',
  '北斗导航',
  '网络安全',
  '数字孪生',
  '增材制造',
  '柔性电子',
  '新型显示',
]);
const LAB_FORMS = Object.freeze([
  '重点实验室',
  '工程实验室',
  '中试平台',
  '技术创新中心',
  '联合实验室',
  '概念验证中心',
]);
const LAB_LEVELS = Object.freeze(['', '市']);
const INSTITUTE_FORMS = Object.freeze(['研究院', '产业技术研究院', '工业技术研究院']);
const FUND_THEMES = Object.freeze([
  '产业引导',
  '科技创新',
  '天使投资',
  '成果转化',
  '种子',
  '战略性新兴产业',
  '创业投资',
  '人才发展',
  '数字经济',
  '绿色发展',
]);
const FUND_FORMS = Object.freeze(['基金', '投资基金']);
const DISTRICT_A = Object.freeze([
  ...'江渝沙南北九璧綦永荣铜潼大开万涪巴黔双新龙金青武温郫崇邛蒲彭都锦高云东西石白兴安',
]);
const DISTRICT_B = Object.freeze([
  ...'北岸坪川州山阳津泉宁流源城口江湖桥溪陵丰兴台堰水华平昌乐元盛安福德和顺林峰冈',
]);
const DISTRICT_FORMS = Object.freeze(['区', '县']);
const SURNAMES = Object.freeze([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾',
]);
const GIVEN = Object.freeze([
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰文斌海波宁辉鹏飞晓东俊峰亮晨浩宇雪梅琳倩婷凯鑫健彬',
]);
const TEAM_FORMS = Object.freeze(['团队', '教授团队', '院士团队', '科研团队']);

/** Mixed-radix digits of an index: [i mod r0, (i / r0) mod r1, …]. */
function digits(index: number, radices: readonly number[]): number[] {
  const out: number[] = [];
  let rest = index;
  for (const r of radices) {
    out.push(rest % r);
    rest = Math.floor(rest / r);
  }
  return out;
}

function at<T>(items: readonly T[], i: number): T {
  return items[i % items.length] as T;
}

export interface NamedEntity {
  name: string;
  /** Short forms also used in text (unique across the type, like the name). */
  aliases: string[];
  /** For ResearchTeam: the index of the University it belongs to (PART_OF via its name). */
  universityIndex?: number;
}

const PERSON_CAPACITY = SURNAMES.length * (GIVEN.length * GIVEN.length + GIVEN.length);
const UNIVERSITY_CAPACITY = PLACES.length * DISCIPLINES.length * UNIVERSITY_FORMS.length;

/** How many distinct names each type can produce: a popularity universe must stay below this. */
export const NAME_CAPACITY: Readonly<Record<EntityType, number>> = Object.freeze({
  Company: PLACES.length * BRAND_A.length * BRAND_B.length * INDUSTRIES.length,
  University: UNIVERSITY_CAPACITY,
  // Kept small enough that scramble()'s index × step stays exact in doubles.
  ResearchTeam: UNIVERSITY_CAPACITY * 5_000,
  Lab: PLACES.length * FIELDS.length * LAB_FORMS.length * LAB_LEVELS.length,
  Institute: PLACES.length * FIELDS.length * INSTITUTE_FORMS.length,
  Fund: PLACES.length * FUND_THEMES.length * FUND_FORMS.length,
  District: PLACES.length + DISTRICT_A.length * DISTRICT_B.length * DISTRICT_FORMS.length,
  Person: PERSON_CAPACITY,
  Other: 1,
});

export function personName(index: number): string {
  const [s, g] = digits(index, [SURNAMES.length, GIVEN.length * GIVEN.length + GIVEN.length]);
  const given =
    (g as number) < GIVEN.length
      ? at(GIVEN, g as number)
      : at(GIVEN, Math.floor(((g as number) - GIVEN.length) / GIVEN.length)) +
        at(GIVEN, g as number);
  return at(SURNAMES, s as number) + given;
}

export function universityName(index: number): string {
  const [p, d, f] = digits(index, [PLACES.length, DISCIPLINES.length, UNIVERSITY_FORMS.length]);
  return at(PLACES, p as number) + at(DISCIPLINES, d as number) + at(UNIVERSITY_FORMS, f as number);
}

/** The name (and short forms) of the entity of `type` at name index `index`. */
export function nameOf(type: EntityType, index: number): NamedEntity {
  switch (type) {
    case 'Company': {
      const [p, a, b, i] = digits(index, [
        PLACES.length,
        BRAND_A.length,
        BRAND_B.length,
        INDUSTRIES.length,
      ]);
      const brand = at(PLACES, p as number) + at(BRAND_A, a as number) + at(BRAND_B, b as number);
      // The short form (重庆华芯智能) is unique as the full name is: the legal form is not a digit.
      const short = brand + at(INDUSTRIES, i as number);
      return { name: short + at(COMPANY_FORMS, index * 13 + 1), aliases: [short] };
    }
    case 'University':
      return { name: universityName(index), aliases: [] };
    case 'ResearchTeam': {
      const universityIndex = index % UNIVERSITY_CAPACITY;
      const person = personName(Math.floor(index / UNIVERSITY_CAPACITY) % PERSON_CAPACITY);
      const form = at(TEAM_FORMS, index * 3 + 1);
      return {
        name: universityName(universityIndex) + person + form,
        aliases: [],
        universityIndex,
      };
    }
    case 'Lab': {
      const [p, f, k, l] = digits(index, [
        PLACES.length,
        FIELDS.length,
        LAB_FORMS.length,
        LAB_LEVELS.length,
      ]);
      const name =
        at(PLACES, p as number) +
        at(LAB_LEVELS, l as number) +
        at(FIELDS, f as number) +
        at(LAB_FORMS, k as number);
      return { name, aliases: [] };
    }
    case 'Institute': {
      const [p, f, k] = digits(index, [PLACES.length, FIELDS.length, INSTITUTE_FORMS.length]);
      return {
        name: at(PLACES, p as number) + at(FIELDS, f as number) + at(INSTITUTE_FORMS, k as number),
        aliases: [],
      };
    }
    case 'Fund': {
      const [p, t, k] = digits(index, [PLACES.length, FUND_THEMES.length, FUND_FORMS.length]);
      return {
        name: at(PLACES, p as number) + at(FUND_THEMES, t as number) + at(FUND_FORMS, k as number),
        aliases: [],
      };
    }
    case 'District': {
      if (index < PLACES.length) return { name: at(PLACES, index) + '高新区', aliases: [] };
      const [a, b, k] = digits(index - PLACES.length, [
        DISTRICT_A.length,
        DISTRICT_B.length,
        DISTRICT_FORMS.length,
      ]);
      return {
        name:
          at(DISTRICT_A, a as number) +
          at(DISTRICT_B, b as number) +
          at(DISTRICT_FORMS, k as number),
        aliases: [],
      };
    }
    case 'Person':
      return { name: personName(index), aliases: [] };
    case 'Other':
      return { name: '其他', aliases: [] };
  }
}

function typeSalt(type: EntityType): number {
  let h = 0x811c9dc5;
  for (const c of type) h = Math.imul(h ^ c.charCodeAt(0), 0x1000193);
  return h >>> 0;
}

/** The name of the entity of `type` with popularity rank `rank` (0 = biggest hub) in a seeded corpus. */
export function nameForRank(type: EntityType, rank: number, seed: number): NamedEntity {
  const capacity = NAME_CAPACITY[type];
  return nameOf(type, scramble(rank % capacity, capacity, seed ^ typeSalt(type)));
}

/** A place name for titles and filler sentences. */
export function placeName(index: number): string {
  return at(PLACES, index);
}
