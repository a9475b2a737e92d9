import { cypher, QUERY_NAMES } from '../cypher/registry';
import { getDriver } from '../store/driver';
process.env.INNOCHAIN_NEO4J_HOME = '/work/main/.innochain/bench-neo4j'; process.env.INNOCHAIN_BOLT_PORT = '7697';
interface P { operatorType: string; arguments: Record<string, unknown>; children: P[] }
(async () => {
  const { driver } = getDriver();
  for (const name of QUERY_NAMES.filter((n) => n.startsWith(process.argv[2] ?? 'load/'))) {
    const params: Record<string, unknown> = JSON.parse(process.argv[3] ?? '{}');
    const text = cypher(name);
    for (const m of text.matchAll(/\$([a-zA-Z]+)/g)) if (!(m[1]! in params)) params[m[1]!] = null;
    try {
      const r = await driver.executeQuery('EXPLAIN ' + text, params);
      console.log('== ' + name);
      const walk = (p: P, d: number) => { console.log(' '.repeat(d) + p.operatorType.replace('@neo4j', '') + ' ' + String(p.arguments.Details ?? '').slice(0, 110)); p.children.forEach((c) => walk(c, d + 1)); };
      walk(r.summary.plan as unknown as P, 0);
    } catch (e) { console.log('== ' + name, String(e).slice(0, 200)); }
  }
  await driver.close();
})();
