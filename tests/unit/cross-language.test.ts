import { crossLanguageKeys } from '../../graph/crossLanguage';
import type { EntityType } from '../../graph/ontology';

function keys(name: string, type: EntityType, aliases: string[] = []): string[] {
  return crossLanguageKeys({ name, type, aliases });
}

function shareKey(a: string[], b: string[]): boolean {
  return a.some((k) => b.includes(k));
}

describe('cross-language keys', () => {
  it('gives a Chinese university and its pinyin English name the same key', () => {
    expect(keys('重庆大学', 'University')).toContain('University|chongqing');
    expect(keys('Chongqing University', 'University')).toContain('University|chongqing');
  });

  it('keeps the whole stem so a longer name does not meet a shorter one', () => {
    expect(
      shareKey(keys('四川轻化工大学', 'University'), keys('Sichuan University', 'University')),
    ).toBe(false);
    expect(
      shareKey(
        keys('Sichuan University of Science and Engineering', 'University'),
        keys('Sichuan University', 'University'),
      ),
    ).toBe(false);
  });

  it('translates a company suffix and romanises the rest', () => {
    expect(
      shareKey(
        keys('兰溪明辉科技有限公司', 'Company'),
        keys('Lanxi Minghui Technology Co., Ltd.', 'Company'),
      ),
    ).toBe(true);
  });

  it('matches a multi-word suffix such as University of Posts and Telecommunications', () => {
    expect(
      shareKey(
        keys('重庆邮电大学', 'University'),
        keys('Chongqing University of Posts and Telecommunications', 'University'),
      ),
    ).toBe(true);
    expect(
      shareKey(keys('重庆邮电大学', 'University'), keys('Chongqing University', 'University')),
    ).toBe(false);
  });

  it('uses table spellings for places whose English is not plain pinyin', () => {
    expect(keys('陕西科技大学', 'University')).toContain(
      'University of Science and Technology|shaanxi',
    );
  });

  it('lets a district with and without its suffix share a place key', () => {
    expect(shareKey(keys('潼南区', 'District'), keys('Tongnan', 'District'))).toBe(true);
    expect(shareKey(keys('潼南区', 'District'), keys('Tongnan District', 'District'))).toBe(true);
  });

  it('links an English entity to a Chinese one through a bracketed Chinese alias', () => {
    expect(
      shareKey(keys('长安汽车', 'Company'), keys('Changan Automobile', 'Company', ['长安汽车'])),
    ).toBe(true);
  });

  it('gives different suffixes different keys', () => {
    expect(shareKey(keys('兰溪研究院', 'Institute'), keys('Lanxi University', 'University'))).toBe(
      false,
    );
  });
});
