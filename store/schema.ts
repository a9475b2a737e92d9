import { schemaStatements } from '../cypher/registry';
import { getDriver } from './driver';
import { mapDriverError } from './errors';

/**
 * Applies cypher/schema/*.cypher (all IF NOT EXISTS, so re-runnable) and waits for the indexes.
 * Schema commands cannot share a transaction with data writes, so each runs on its own.
 */
export async function applySchema(): Promise<void> {
  const { driver, database } = getDriver();
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } catch (error) {
    throw mapDriverError(error);
  } finally {
    await session.close();
  }
}
