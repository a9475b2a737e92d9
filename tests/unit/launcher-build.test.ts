import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launcherBuildIsCurrent } from '../../neo4j-local/launcher';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A launcher folder laid out as Maven leaves it: pom.xml, a Java source, target/ jar and lib/. */
function launcherFolder(): { dir: string; jar: string; source: string; pom: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-build-'));
  made.push(dir);
  const source = path.join(dir, 'src', 'main', 'java', 'Local.java');
  const pom = path.join(dir, 'pom.xml');
  const jar = path.join(dir, 'target', 'innochain-neo4j-local.jar');
  fs.mkdirSync(path.dirname(source), { recursive: true });
  fs.mkdirSync(path.join(dir, 'target', 'lib'), { recursive: true });
  for (const file of [source, pom, jar]) fs.writeFileSync(file, '');
  return { dir, jar, source, pom };
}

const at = (file: string, secondsAgo: number): void => {
  const t = new Date(Date.now() - secondsAgo * 1000);
  fs.utimesSync(file, t, t);
};

describe('launcherBuildIsCurrent', () => {
  test('a jar built after its sources is current', () => {
    const f = launcherFolder();
    at(f.source, 60);
    at(f.pom, 60);
    at(f.jar, 10);
    expect(launcherBuildIsCurrent(f.dir)).toBe(true);
  });

  test('a Java source changed after the build asks for a rebuild', () => {
    const f = launcherFolder();
    at(f.pom, 60);
    at(f.jar, 30);
    at(f.source, 10);
    expect(launcherBuildIsCurrent(f.dir)).toBe(false);
  });

  test('a pom.xml changed after the build asks for a rebuild', () => {
    const f = launcherFolder();
    at(f.source, 60);
    at(f.jar, 30);
    at(f.pom, 10);
    expect(launcherBuildIsCurrent(f.dir)).toBe(false);
  });

  test('no jar, or no lib folder beside it, is not a build', () => {
    const noJar = launcherFolder();
    fs.rmSync(noJar.jar);
    expect(launcherBuildIsCurrent(noJar.dir)).toBe(false);
    const noLib = launcherFolder();
    fs.rmSync(path.join(noLib.dir, 'target', 'lib'), { recursive: true });
    expect(launcherBuildIsCurrent(noLib.dir)).toBe(false);
  });
});
