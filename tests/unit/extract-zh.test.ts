import { extract, makeDocument } from '../../graph/index';
import { normalize, toOriginal } from '../../graph/normalize';
import { names, rels, run } from '../support/zhExtract';

describe('normalisation', () => {
  it('joins a company name broken across lines and maps offsets back to the original', () => {
    const raw = '走进位于北碚区的重庆云帆新材\n料有限公司展厅。';
    const n = normalize(raw);
    const at = n.text.indexOf('重庆云帆新材料有限公司');
    expect(at).toBeGreaterThan(0);
    const o = toOriginal(n, at, at + '重庆云帆新材料有限公司'.length);
    expect(raw.slice(o.start, o.end)).toBe('重庆云帆新材\n料有限公司');
  });
  it('ends a paragraph after a short line of wrapped text, but joins full lines broken mid-word', () => {
    // Wrapped lines fill the column; a line under half of the usual length is a byline or
    // heading (or a paragraph's last line), so the next line's name does not run into it.
    const raw = [
      '来源：嘉陵日报',
      '嘉陵高新区与南岭大学签署合作协议，双方将围绕新材',
      '料、智能制造等领域共建联合研究院，推动科技成果',
      '在园区转化落地，助力当地企业开展关键技术攻关。',
    ].join('\n');
    const text = normalize(raw).text;
    expect(text).toContain('来源：嘉陵日报\n嘉陵高新区');
    expect(text).toContain('新材料、智能制造');
    expect(text).toContain('科技成果在园区');
  });
  it('removes spaces between letter-spaced characters and undoes doubled headings', () => {
    expect(normalize('助力 星 河 材 料 公 司 发展').text).toBe('助力星河材料公司发展');
    expect(normalize('科创新闻科创新闻：：').text).toBe('科创新闻：');
  });
});

describe('recognition', () => {
  it('starts an organisation name after 位于…的', () => {
    expect(names(run('位于江津区的重庆云帆科技有限公司开工。'), 'Company')).toContain(
      '重庆云帆科技有限公司',
    );
  });
  it('does not treat generic phrases as entities', () => {
    expect(run('区内布局共享实验室、产业基金和科研团队。').entities).toHaveLength(0);
  });
  it('does not treat a media byline as an actor', () => {
    const r = run(
      '元鼎科技与西南大学共建锶钡实验室。\n\n江津区融媒体中心记者江津区融媒体中心记者 张张 三三\n',
    );
    expect(names(r).some((n) => n.includes('融媒体'))).toBe(false);
  });
  it('types the items of a list by its cue word', () => {
    expect(names(run('动员云帆药业、星河机电等重点企业申报项目。'), 'Company').sort()).toEqual([
      '云帆药业',
      '星河机电',
    ]);
  });
});

describe('relations', () => {
  it('gives each co-builder an edge to a named co-built lab', () => {
    expect(rels(run('元鼎科技与西南大学投入500万元共建锶钡实验室。')).sort()).toEqual([
      'CO_BUILDS:元鼎科技->锶钡实验室',
      'CO_BUILDS:西南大学->锶钡实验室',
    ]);
  });
  it('resolves 该校 to the named university', () => {
    expect(rels(run('活动在重庆星河学院举办，促成该校与云帆科技共建“云帆智造实验班”。'))).toContain(
      'CO_BUILDS:重庆星河学院->云帆智造实验班',
    );
  });
  it('finds flexible introduction with the introducer from the previous sentence', () => {
    const r = run('江津在柔性引才上取得成果。柔性引进的四川大学李明院士专家团队，攻关新技术。');
    expect(rels(r)).toContain('FLEXIBLY_INTRODUCES:江津区->四川大学李明院士专家团队');
    expect(rels(r)).toContain('PART_OF:四川大学李明院士专家团队->四川大学');
  });
  it('makes every listed university a source of a transfer', () => {
    const r = run('重庆星河研究院已精准转化重庆大学、西南大学等高校院所超800项专利技术。');
    expect(rels(r).sort()).toEqual([
      'TRANSFERS_TO:西南大学->重庆星河研究院',
      'TRANSFERS_TO:重庆大学->重庆星河研究院',
    ]);
  });
  it('finds support of a named company and location in a district', () => {
    expect(rels(run('西南大学李明团队助力云帆新材料公司开发新产品。'))).toContain(
      'SUPPORTS:西南大学李明团队->云帆新材料公司',
    );
    expect(rels(run('位于璧山高新区的重庆云帆科技有限公司投产。'))).toContain(
      'LOCATED_IN:重庆云帆科技有限公司->璧山高新区',
    );
  });
});

describe('library contract', () => {
  it('is deterministic and derives document ids from the normalised text', () => {
    const d = makeDocument('元鼎科技与西南大学共建锶钡实验室。');
    expect(d.id).toMatch(/^d_[0-9a-f]{16}$/);
    expect(JSON.stringify(extract([d]))).toBe(JSON.stringify(extract([d])));
  });
  it('merges a short company name with its full name across documents', () => {
    const a = makeDocument('重庆云帆汽车系统有限公司投产。');
    const b = makeDocument('云帆汽车与西南大学共建锶钡实验室。');
    const r = extract([a, b]);
    const co = r.entities.filter((e) => e.type === 'Company');
    expect(co).toHaveLength(1);
    expect(co[0]?.name).toBe('重庆云帆汽车系统有限公司');
  });
});
