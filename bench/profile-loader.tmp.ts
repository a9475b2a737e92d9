import { cypher } from '../cypher/registry';
import { getDriver } from '../store/driver';
import { loadExtraction } from '../store/loader';
import { aliasKeysOf, buildRows } from '../store/loadRows';
import { parseExtraction } from '../store/extractionSchema';
import { generateCorpus } from './synthetic/corpus';
import { mergeExtractions } from './synthetic/merge';
import { openBenchDatabase, wipeDatabase } from './support/benchNeo4j';
import { msSince } from './support/stats';

async function main() {
  const db = await openBenchDatabase();
  await wipeDatabase();
  const pre = mergeExtractions([...generateCorpus(Number(process.env.PRE ?? 0))].map((d) => d.extraction));
  let t = process.hrtime.bigint();
  await loadExtraction(pre);
  console.log('preload 100', msSince(t));
  const batch = mergeExtractions([...generateCorpus(50, {}, 100)].map((d) => d.extraction));
  t = process.hrtime.bigint(); parseExtraction(batch); console.log('parse', msSince(t));
  t = process.hrtime.bigint();
  const rows = buildRows(batch, new Map()); console.log('buildRows', msSince(t));
  const keys = [...new Set(batch.entities.flatMap(aliasKeysOf))];
  const { driver, database } = getDriver();
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  const prof = process.argv.includes('--profile');
  const step = async (name: string, q: string, p: Record<string, unknown>) => {
    const t0 = process.hrtime.bigint();
    const r = await tx.run((prof ? 'PROFILE ' : '') + q, p);
    console.log(name.padEnd(20), msSince(t0).toFixed(1), 'ms', prof ? JSON.stringify(r.summary.profile ? dbHits(r.summary.profile) : '') : '');
  };
  await step('existing', cypher('load/existing-documents'), { ids: batch.documents.map((d) => d.id) });
  await step('resolve', cypher('load/resolve-aliases'), { keys });
  await step('documents', cypher('load/documents'), { documents: rows.documents });
  await step('entities', cypher('load/entities'), { entities: rows.entities });
  await step('mentions', cypher('load/mentions'), { mentions: rows.mentions });
  await step('evidence', cypher('load/evidence'), { evidence: rows.evidence });
  await step('relations', cypher('load/relations'), { relations: rows.relations });
  await step('refresh-rel', cypher('load/refresh-relations'), { relations: rows.relations });
  await step('refresh-ent', cypher('load/refresh-entities'), { ids: rows.entities.map((e) => e.id) });
  t = process.hrtime.bigint(); await tx.commit(); console.log('commit', msSince(t));
  await session.close();
  console.log(rows.entities.length, rows.relations.length, rows.evidence.length, rows.mentions.length);
  await db.close();
}
interface P { operatorType: string; dbHits: number; rows: number; children: P[]; arguments: Record<string, unknown> }
function dbHits(p: P): string[] { const out: string[] = []; const walk = (x: P, d: number) => { out.push(`${' '.repeat(d)}${x.operatorType} hits=${x.dbHits} rows=${x.rows} ${String(x.arguments.Details ?? '').slice(0, 80)}`); x.children.forEach((c) => walk(c, d + 1)); }; walk(p, 0); return out; }
main();
