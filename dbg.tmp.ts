import { readFileSync } from 'fs';
import { extractEnglishDocument } from './graph/en/index';
const f = process.argv[2] as string;
const out = extractEnglishDocument({ id: 'x', text: readFileSync(f, 'utf8') });
for (const e of out.entities) console.log('E', e.type, e.name, '|', e.aliases.join('; '));
const name = new Map(out.entities.map((e) => [e.id, e.name]));
for (const r of out.relations) console.log('R', r.type, name.get(r.source), '->', name.get(r.target));
