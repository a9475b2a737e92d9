import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError } from '../graph/errors';
import { toCsv, toCypherScript, toElementsJson, toGraphMl } from '../store/exportFormats';
import { toGazetteer } from '../store/gazetteerExport';
import { readSnapshot } from '../store/snapshot';

const FORMATS = ['cypher', 'json', 'graphml', 'csv', 'gazetteer'] as const;
type Format = (typeof FORMATS)[number];

/** `innochain export --format F [--out FILE]`: the whole graph, portable. */
export async function runExport(args: string[]): Promise<number> {
  let values: { format?: string; out?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { format: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    throw new ValidationError((error as Error).message);
  }
  const format = (values.format ?? 'cypher') as Format;
  if (!FORMATS.includes(format))
    throw new ValidationError(`--format must be one of ${FORMATS.join(', ')}`);
  if (format === 'csv' && !values.out)
    throw new ValidationError('--format csv writes two files: give --out PREFIX');
  const snapshot = await readSnapshot();
  const write = (file: string | undefined, text: string): void => {
    if (file) fs.writeFileSync(file, text);
    else process.stdout.write(text);
  };
  switch (format) {
    case 'cypher':
      write(values.out, toCypherScript(snapshot));
      break;
    case 'json':
      write(values.out, toElementsJson(snapshot));
      break;
    case 'graphml':
      write(values.out, toGraphMl(snapshot));
      break;
    case 'gazetteer':
      write(values.out, toGazetteer(snapshot));
      break;
    case 'csv': {
      const { nodes, relationships } = toCsv(snapshot);
      write(`${values.out}-nodes.csv`, nodes);
      write(`${values.out}-relationships.csv`, relationships);
      break;
    }
  }
  process.stderr.write(
    `Exported ${snapshot.entities.length} entities, ${snapshot.relations.length} relations, ${snapshot.documents.length} documents as ${format}.\n`,
  );
  return 0;
}
