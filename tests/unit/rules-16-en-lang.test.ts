import { detectLanguage } from '../../graph/lang';
import { extractDocument } from '../../graph';

// Invented sentences: English text quoting Chinese names, and Chinese text quoting English names.

describe('English (round 16): language detection weighs words, not letters', () => {
  it('a short English sentence holding a long Chinese name is English', () => {
    expect(detectLanguage('The lab moved to澜沧湾科技创新园 in May.')).toBe('en');
    expect(
      detectLanguage('Qinglan University signed a deal with 澜沧湾科技创新园有限公司 in May.'),
    ).toBe('en');
  });

  it('a Chinese sentence quoting English names stays Chinese', () => {
    expect(detectLanguage('华为与Microsoft Research Asia合作建设联合实验室。')).toBe('zh');
    expect(detectLanguage('清华大学和MIT签署合作协议。')).toBe('zh');
  });

  it('markup tags in the text count for no language', () => {
    const marked =
      '<img src=x onerror=alert(9)>寰宇科技有限公司与<script>x</script>苍穹大学共建实验室。';
    expect(detectLanguage(marked)).toBe('zh');
    expect(detectLanguage('<p class="lead">Qinglan University opened a lab.</p>')).toBe('en');
    // A '<' that opens no tag is text: the words up to the next '>' still count.
    expect(detectLanguage('苍穹大学 < the lab and the company and the park > 苍穹')).toBe('en');
  });

  it('text without CJK characters is English, and pure Chinese is Chinese', () => {
    expect(detectLanguage('Qinglan University opened a lab.')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('青岚大学与海信集团共建实验室。')).toBe('zh');
  });

  it('the English pipeline keeps the Chinese name whole, without the word before it', () => {
    const out = extractDocument({ id: 'd', text: 'The lab moved to澜沧湾科技创新园 in May.' });
    expect(out.document.lang).toBe('en');
    expect(out.entities.some((e) => /^to/.test(e.name))).toBe(false);
  });
});
