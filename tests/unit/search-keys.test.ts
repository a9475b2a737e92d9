import { fullPinyin, pinyinInitials, searchKeyString, searchKeys } from '../../store/pinyinKeys';

test('the one search string marks pinyin keys with | and initials keys with #', () => {
  expect(searchKeys(['重庆大学', '重大', '重庆大学'])).toBe('|chongqingdaxue||zhongda|#cqdx##zd#');
  expect(searchKeyString([], [])).toBe('');
});

test('a marker character inside a name never reads as a key boundary', () => {
  // "C#" and "A|B" would otherwise end a key early: '#cq' or '|b' would match as a prefix.
  expect(fullPinyin('C#研究院')).toBe('c_yanjiuyuan');
  expect(pinyinInitials('A|B实验室')).toBe('a_bsys');
  expect(searchKeyString([fullPinyin('A|B')], [pinyinInitials('C#')])).toBe('|a_b|#c_#');
});
