import {
  fullPinyin,
  normalizePinyinQuery,
  pinyinInitials,
  searchKeyString,
  searchKeys,
} from '../../store/pinyinKeys';

test('the one search string holds each pinyin key as p_key and each initials key as i_key', () => {
  expect(searchKeys(['重庆大学', '重大', '重庆大学'])).toBe(
    'p_chongqingdaxue p_zhongda i_cqdx i_zd',
  );
  expect(searchKeyString([], [])).toBe('');
  // A name whose keys are empty (symbols only) adds no bare prefix.
  expect(searchKeyString([''], [''])).toBe('');
});

test('keys hold only what a user query keeps, so the two always compare alike', () => {
  // "C#" and "A|B": a query drops the symbol too ("c#yanjiuyuan" is read as "cyanjiuyuan").
  expect(fullPinyin('C#研究院')).toBe('cyanjiuyuan');
  expect(normalizePinyinQuery('C# Yanjiuyuan')).toBe(fullPinyin('C#研究院'));
  expect(pinyinInitials('A|B实验室')).toBe('absys');
  // Nothing in a key can split it into two index terms or read as Lucene syntax.
  expect(fullPinyin('A&B·科技（上海）')).toMatch(/^[a-z0-9]+$/);
});
