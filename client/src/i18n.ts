/** Interface text in Chinese (default) and English, with a live toggle. */
export type Lang = 'zh' | 'en';

const STRINGS = {
  'app.title': ['创新链图谱', 'InnoChain Explorer'],
  'lang.toggle': ['EN', '中文'],
  'lang.toggleTitle': ['Switch to English', '切换到中文'],
  'search.placeholder': [
    '搜索机构、别名、拼音或首字母（/）',
    'Search names, aliases, pinyin, initials (/)',
  ],
  'search.none': ['无匹配结果', 'No matches'],
  'match.name': ['名称', 'name'],
  'match.alias': ['别名', 'alias'],
  'match.pinyin': ['拼音', 'pinyin'],
  'match.initials': ['首字母', 'initials'],
  'view.graph': ['网络', 'Network'],
  'view.flows': ['区域流向', 'District flows'],
  'legend.types': ['实体类型', 'Entity types'],
  'legend.relations': ['关系类型', 'Relationships'],
  'legend.all': ['全部', 'All'],
  'legend.none': ['清空', 'None'],
  'legend.filterHint': ['点击图例以显示/隐藏', 'Click to show/hide'],
  'side.options': ['视图', 'View'],
  'side.group': ['按区域分组', 'Group by district'],
  'side.minConf': ['最低置信度', 'Min. confidence'],
  'side.relayout': ['重新布局', 'Re-run layout'],
  'side.stats': ['数据概况', 'Data'],
  'side.statsLine': [
    '{e} 个实体 · {r} 条关系 · {d} 篇文档',
    '{e} entities · {r} ties · {d} documents',
  ],
  'side.truncated': ['图已截断，仅显示部分节点', 'Graph truncated: showing a subset'],
  'ctl.zoomIn': ['放大', 'Zoom in'],
  'ctl.zoomOut': ['缩小', 'Zoom out'],
  'ctl.fit': ['适应窗口（f）', 'Fit (f)'],
  'ctl.minimap': ['鸟瞰图：点击或拖动以平移', "Bird's-eye view: click or drag to pan"],
  'tab.inspect': ['详情', 'Inspect'],
  'tab.paths': ['查关系', 'Paths'],
  'tab.hubs': ['枢纽', 'Hubs'],
  'tab.chains': ['创新链', 'Chains'],
  'tab.ingest': ['添加文章', 'Add article'],
  'inspect.empty': [
    '点击节点或连线查看详情；双击节点展开邻居。',
    'Click a node or edge to inspect it; double-click a node to expand it.',
  ],
  'inspect.type': ['类型', 'Type'],
  'inspect.aliases': ['别名', 'Aliases'],
  'inspect.district': ['区域', 'District'],
  'inspect.mentions': ['提及', 'Mentions'],
  'inspect.documents': ['文档', 'Documents'],
  'inspect.ties': ['关系', 'Ties'],
  'inspect.expand': ['展开邻居', 'Expand'],
  'inspect.pathFrom': ['设为起点', 'Path from here'],
  'inspect.pathTo': ['设为终点', 'Path to here'],
  'inspect.evidence': ['证据句', 'Evidence'],
  'inspect.confidence': ['置信度', 'Confidence'],
  'inspect.noEvidence': ['没有证据句', 'No evidence'],
  'inspect.loading': ['加载中…', 'Loading…'],
  'inspect.more': ['还有 {n} 个邻居', '{n} more'],
  'inspect.moreHint': ['点击以继续展开', 'Click to expand further'],
  'inspect.flow': ['{a} ↔ {b}：{n} 条跨区关系', '{a} ↔ {b}: {n} cross-district ties'],
  'inspect.none': ['无', 'none'],
  'paths.from': ['起点机构', 'From'],
  'paths.to': ['终点机构', 'To'],
  'paths.k': ['路径数 k', 'Paths k'],
  'paths.maxHops': ['最大跳数', 'Max hops'],
  'paths.relations': ['允许的关系', 'Allowed relationships'],
  'paths.avoid': ['避开区域', 'Avoid districts'],
  'paths.find': ['查找路径', 'Find paths'],
  'paths.clear': ['清除高亮', 'Clear highlight'],
  'paths.none': ['未找到路径', 'No path found'],
  'paths.needBoth': ['请选择起点和终点', 'Pick both institutions'],
  'paths.path': ['路径 {n} · {h} 跳', 'Path {n} · {h} hops'],
  'hubs.metric': ['指标', 'Metric'],
  'hubs.degree': ['度数', 'Degree'],
  'hubs.betweenness': ['中介中心性', 'Betweenness'],
  'hubs.pagerank': ['PageRank', 'PageRank'],
  'hubs.bridging': ['跨区桥接', 'Cross-district bridging'],
  'hubs.type': ['类型', 'Type'],
  'hubs.district': ['区域', 'District'],
  'hubs.any': ['全部', 'Any'],
  'hubs.size': ['节点大小映射该指标', 'Size nodes by metric'],
  'hubs.refresh': ['排名', 'Rank'],
  'hubs.method': ['计算方法：{m}', 'Method: {m}'],
  'chains.pattern': ['创新链模板', 'Chain template'],
  'chains.find': ['查找', 'Find chains'],
  'chains.none': ['没有匹配的链', 'No matching chains'],
  'chains.count': ['{n} 条链', '{n} chains'],
  'ingest.title': ['标题', 'Title'],
  'ingest.text': ['正文（中文或英文）', 'Text (Chinese or English)'],
  'ingest.lang': ['语言', 'Language'],
  'ingest.auto': ['自动', 'Auto'],
  'ingest.date': ['日期', 'Date'],
  'ingest.token': ['写入令牌（可选）', 'Write token (optional)'],
  'ingest.preview': ['预览抽取', 'Preview'],
  'ingest.add': ['添加到图谱', 'Add to graph'],
  'ingest.entities': ['实体', 'Entities'],
  'ingest.relations': ['关系', 'Ties'],
  'ingest.name': ['名称', 'Name'],
  'ingest.mentions': ['提及', 'Mentions'],
  'ingest.added': ['已添加：{e} 个新实体，{r} 条新关系', 'Added: {e} new entities, {r} new ties'],
  'ingest.needText': ['请粘贴正文', 'Paste some text first'],
  'tool.copyLink': ['复制链接', 'Copy link'],
  'tool.copied': ['链接已复制', 'Link copied'],
  'tool.png': ['PNG', 'PNG'],
  'tool.svg': ['SVG', 'SVG'],
  'tool.json': ['JSON', 'JSON'],
  'tool.graphml': ['GraphML', 'GraphML'],
  'tool.export': ['导出', 'Export'],
  'status.loading': ['正在加载图谱…', 'Loading graph…'],
  'status.layout': ['布局中…', 'Laying out…'],
  'status.ready': ['{n} 个节点，{m} 条关系', '{n} nodes, {m} ties'],
  'status.error': ['出错：{m}', 'Error: {m}'],
  'status.expanded': ['新增 {n} 个节点', '{n} new nodes'],
  'type.Company': ['企业', 'Company'],
  'type.University': ['高校', 'University'],
  'type.ResearchTeam': ['科研团队', 'Research team'],
  'type.Lab': ['实验室', 'Lab'],
  'type.Institute': ['研究院所', 'Institute'],
  'type.Fund': ['基金', 'Fund'],
  'type.District': ['区域', 'District'],
  'type.Person': ['人物', 'Person'],
  'type.Other': ['其他', 'Other'],
  'rel.CO_BUILDS': ['共建', 'Co-builds'],
  'rel.FLEXIBLY_INTRODUCES': ['柔性引进', 'Flexibly introduces'],
  'rel.TRANSFERS_TO': ['成果转化', 'Transfers to'],
  'rel.SUPPORTS': ['助力', 'Supports'],
  'rel.LOCATED_IN': ['位于', 'Located in'],
  'rel.PART_OF': ['隶属', 'Part of'],
} as const satisfies Record<string, readonly [string, string]>;

export type StringKey = keyof typeof STRINGS;

let current: Lang = 'zh';
const listeners = new Set<(lang: Lang) => void>();
const bound = new Map<
  Element,
  { key: StringKey; attr?: string; vars?: Record<string, string | number> }
>();

export function lang(): Lang {
  return current;
}

export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  const pair = STRINGS[key];
  let s: string = pair[current === 'zh' ? 0 : 1];
  for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** Translated name of an entity type or relationship type, falling back to the raw id. */
export function typeName(type: string): string {
  const key = `type.${type}` as StringKey;
  return key in STRINGS ? t(key) : type;
}
export function relName(type: string): string {
  const key = `rel.${type}` as StringKey;
  return key in STRINGS ? t(key) : type;
}

/** Sets el's text (or an attribute) from `key` now and again whenever the language changes. */
export function bind<E extends Element>(
  el: E,
  key: StringKey,
  attr?: string,
  vars?: Record<string, string | number>,
): E {
  bound.set(el, { key, attr, vars });
  apply(el);
  return el;
}

function apply(el: Element): void {
  const b = bound.get(el);
  if (!b) return;
  const text = t(b.key, b.vars);
  if (b.attr) el.setAttribute(b.attr, text);
  else el.textContent = text;
}

export function onLangChange(fn: (lang: Lang) => void): void {
  listeners.add(fn);
}

export function setLang(next: Lang): void {
  current = next;
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  for (const el of [...bound.keys()]) {
    if (!el.isConnected) bound.delete(el);
    else apply(el);
  }
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    const key = el.getAttribute('data-i18n') as StringKey;
    if (key in STRINGS) el.textContent = t(key);
  });
  for (const fn of listeners) fn(next);
}
