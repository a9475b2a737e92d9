import { getDriver } from '../store/driver';
process.env.INNOCHAIN_NEO4J_HOME = '/work/main/.innochain/bench-neo4j'; process.env.INNOCHAIN_BOLT_PORT = '7697';
(async () => { const { driver } = getDriver(); const r = await driver.executeQuery(process.argv[2] as string); console.log(JSON.stringify(r.records.map((x) => x.toObject()), null, 1).slice(0, 4000)); if (r.summary.profile) console.log(JSON.stringify(r.summary.profile).slice(0, 3000)); await driver.close(); })();
