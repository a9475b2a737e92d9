import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli as run } from '../support/cli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'innochain-gazetteer-'));
const ARTICLE = path.join(tmp, 'article.txt');
fs.writeFileSync(ARTICLE, '南岭农业大学与澜沧湾智能合作，双方共建智能农机实验室。\n');
const GOOD = path.join(tmp, 'good.json');
fs.writeFileSync(
  GOOD,
  JSON.stringify({
    entities: [{ name: '澜沧湾智能装备有限公司', type: 'Company', aliases: ['澜沧湾智能'] }],
  }),
);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function entityNames(stdout: string): string[] {
  return (JSON.parse(stdout) as { entities: { name: string }[] }).entities.map((e) => e.name);
}

describe('innochain extract --gazetteer', () => {
  test('refuses a gazetteer that is not JSON, naming the file, with exit code 2', async () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{"entities": [');
    const { code, stdout, stderr } = await run('extract', '--gazetteer', bad, ARTICLE);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`gazetteer ${bad}: not JSON`);
  });

  test('refuses an entry of an unknown type, naming the entry', async () => {
    const wrong = path.join(tmp, 'wrong.json');
    fs.writeFileSync(wrong, JSON.stringify({ entities: [{ name: '澜沧湾', type: 'Factory' }] }));
    const { code, stderr } = await run('extract', `--gazetteer=${wrong}`, ARTICLE);
    expect(code).toBe(2);
    expect(stderr).toContain('entities.0.type');
  });

  test('refuses --gazetteer without a file and a missing file', async () => {
    expect((await run('extract', ARTICLE, '--gazetteer')).code).toBe(2);
    const missing = await run('extract', '--gazetteer', path.join(tmp, 'none.json'), ARTICLE);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read (ENOENT)');
  });

  test('without a gazetteer the rules name the short form; with it, the confirmed full name', async () => {
    const plain = await run('extract', ARTICLE);
    expect(entityNames(plain.stdout)).toContain('澜沧湾智能');
    const confirmed = await run('extract', '--gazetteer', GOOD, ARTICLE);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stderr).toContain('1 confirmed entries');
    expect(entityNames(confirmed.stdout)).toContain('澜沧湾智能装备有限公司');
    expect(entityNames(confirmed.stdout)).not.toContain('澜沧湾智能');
  });
});
