import fs from 'node:fs';
import path from 'node:path';
import { ValidationError } from '../graph/errors';
import { titleOf } from '../store/articleTitle';
import type { ArticleInput } from '../store/ingest';

/** File endings read as article text; .json files are extraction results. */
export const TEXT_EXTENSIONS = Object.freeze(['.txt', '.md', '.text']);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one article file: strict UTF-8, not empty; title = first non-empty line. */
export function readArticle(file: string): ArticleInput {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ValidationError(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new ValidationError(`${file}: not valid UTF-8 text (convert it with iconv first)`);
  }
  if (text.includes('\u0000'))
    throw new ValidationError(`${file}: looks binary (contains NUL bytes)`);
  if (text.trim().length === 0) throw new ValidationError(`${file}: is empty`);
  return { text, title: titleOf(text) ?? path.basename(file), source: path.basename(file) };
}

/** Expands files and folders into the list of files to read, in a stable order. */
export function expandInputs(inputs: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (!fs.existsSync(input)) throw new ValidationError(`${input}: no such file or folder`);
    if (fs.statSync(input).isDirectory()) {
      const files = fs
        .readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((f) => extensions.includes(path.extname(f).toLowerCase()))
        .sort()
        .map((f) => path.join(input, f));
      out.push(...files);
    } else {
      out.push(input);
    }
  }
  return out;
}

/** Reads an extraction .json file (checked by parseExtraction afterwards). */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ValidationError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}
