import type pg from 'pg';

/**
 * Runs `work` on one pooled connection inside a transaction that first takes the advisory lock `lockKey`, so that
 * such transactions run one at a time across every server process sharing the database. Rolls back if `work` throws;
 * a connection whose rollback failed is discarded rather than returned to the pool.
 */
export async function inLockedTransaction<T>(pool: pg.Pool, lockKey: number, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
    const result = await work(client);
    const commit = await client.query('COMMIT');
    // COMMIT of a transaction in which a statement failed (and `work` caught the error) rolls back instead.
    if (commit.command === 'ROLLBACK') throw new Error('The transaction was rolled back: a statement in it failed.');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
