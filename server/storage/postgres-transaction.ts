import type pg from 'pg';

/**
 * The advisory locks a transaction takes first, so that the transactions that must not overlap run one at a time
 * across every server process sharing the database: `exclusive` alone; `keyed` shares `global` with other keyed
 * transactions (and so waits for an exclusive one) and excludes only those of the same key.
 */
export type TransactionLock = { exclusive: number } | { global: number; keySpace: number; key: string };

function takeLock(client: pg.PoolClient, lock: TransactionLock) {
  if ('exclusive' in lock) return client.query('SELECT pg_advisory_xact_lock($1)', [lock.exclusive]);
  // Two-part keys live apart from the one-part ones; a hash collision only makes two keys wait for each other.
  return client.query('SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock($2::int, hashtext($3))', [
    lock.global,
    lock.keySpace,
    lock.key,
  ]);
}

/**
 * Runs `work` on one pooled connection inside a transaction that first takes `lock`. Rolls back if `work` throws;
 * a connection whose rollback failed is discarded rather than returned to the pool.
 */
export async function inLockedTransaction<T>(pool: pg.Pool, lock: TransactionLock, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await takeLock(client, lock);
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
