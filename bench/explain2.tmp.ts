import { getDriver } from '../store/driver';
process.env.INNOCHAIN_NEO4J_HOME = '/work/main/.innochain/bench-neo4j'; process.env.INNOCHAIN_BOLT_PORT = '7697';
interface P { operatorType: string; arguments: Record<string, unknown>; children: P[] }
(async () => {
  const { driver } = getDriver();
  const r = await driver.executeQuery('EXPLAIN ' + process.argv[2], { relations: [] });
  const walk = (p: P, d: number) => { console.log(' '.repeat(d) + p.operatorType.replace('@neo4j', '') + ' ' + String(p.arguments.Details ?? '').slice(0, 110)); p.children.forEach((c) => walk(c, d + 1)); };
  walk(r.summary.plan as unknown as P, 0);
  await driver.close();
})();
