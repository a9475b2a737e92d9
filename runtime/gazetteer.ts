/**
 * The process's gazetteer: read once from the file INNOCHAIN_GAZETTEER names (or the CLI's
 * --gazetteer FILE), so the CLI, the loader and the API's "add an article" all extract alike.
 */
import fs from 'node:fs';
import { ValidationError } from '../graph/errors';
import { EMPTY_GAZETTEER, parseGazetteer, type Gazetteer } from '../graph/gazetteer';

/** Environment variable naming the gazetteer file. */
export const GAZETTEER_ENV = 'INNOCHAIN_GAZETTEER';

let current: Gazetteer | undefined;

/** Reads and validates a gazetteer file; every failure names the file. */
export function readGazetteerFile(file: string): Gazetteer {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ValidationError(
      `gazetteer ${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ValidationError(`gazetteer ${file}: not JSON (${(error as Error).message})`);
  }
  try {
    return parseGazetteer(data);
  } catch (error) {
    if (error instanceof ValidationError)
      throw new ValidationError(`gazetteer ${file}: ${error.message}`, error.details);
    throw error;
  }
}

/** Uses this file's gazetteer for the rest of the process (the CLI's --gazetteer). */
export function useGazetteerFile(file: string): Gazetteer {
  current = readGazetteerFile(file);
  return current;
}

/** The process's gazetteer: the one set with useGazetteerFile, else INNOCHAIN_GAZETTEER's, else none. */
export function processGazetteer(): Gazetteer {
  if (current === undefined) {
    const file = process.env[GAZETTEER_ENV];
    current = file ? readGazetteerFile(file) : EMPTY_GAZETTEER;
  }
  return current;
}
