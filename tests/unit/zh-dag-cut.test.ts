import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { dagCut } from '../../graph/zh/dagCut';

const jieba = Jieba.withDict(dict);
const dictText = (): string => Buffer.from(dict).toString('utf8');

/** Invented sentences: names, Latin codes, digits, brackets, spaces and line ends. */
const SENTENCES = [
  '明湖市与青川大学共建绿色冶炼联合实验室，双方将在新材料领域开展合作。',
  '云溪科技有限公司G60创新中心（南港）落户高新区，A3楼已投入使用。',
  '该研究院2023年引进团队12个、博士35名, 转化成果 8 项。',
  '据报道\r\n北岭县人民政府\n与东江理工学院签订了《战略合作协议》。',
  '研究所所长李明表示：“我们要加快技术转移+成果转化&产业孵化_平台建设”。',
];

/** Every window of up to `max` characters of each sentence. */
function windows(max: number): string[] {
  const out: string[] = [];
  for (const s of SENTENCES)
    for (let i = 0; i < s.length; i++)
      for (let n = 1; n <= max && i + n <= s.length; n++) out.push(s.slice(i, i + n));
  return out;
}

describe('dagCut: jieba’s cut (HMM off) in script', () => {
  it('gives jieba’s own tokens for every window it answers, and answers nearly all', () => {
    const all = windows(24);
    let answered = 0;
    for (const w of all) {
      const tokens = dagCut(w, dictText);
      if (tokens === null) continue;
      answered++;
      expect([w, tokens]).toEqual([w, jieba.cut(w, false)]);
    }
    expect(answered).toBeGreaterThan(all.length * 0.95);
  });

  it('runs single Latin letters and digits together and keeps dictionary words whole', () => {
    const text = 'A3楼G60走廊2023年';
    expect(dagCut(text, dictText)).toEqual(jieba.cut(text, false));
    expect(dagCut(text, dictText)).toContain('G60');
  });

  it('yields every character outside Han and Latin runs alone, and \\r\\n as one token', () => {
    const text = '（甲）\r\n乙 丙\u3000丁';
    expect(dagCut(text, dictText)).toEqual(jieba.cut(text, false));
    expect(dagCut(text, dictText)).toContain('\r\n');
  });

  it('leaves surrogates and long texts to jieba', () => {
    expect(dagCut('实验室\ud842\udfb7研究', dictText)).toBeNull();
    expect(dagCut('研究'.repeat(200), dictText)).toBeNull();
  });
});
