import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { openPostgresStorage } from './postgres-storage';
import type { ServerStorage } from './server-storage';
import { openSqliteStorage } from './sqlite-storage';

export interface StorageConfig {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else (or nothing) the SQLite file. */
  databaseUrl?: string;
  sqliteFile: string;
}

/** True when `databaseUrl` names a PostgreSQL database. */
export function isPostgresUrl(databaseUrl: string | undefined): databaseUrl is string {
  return /^postgres(ql)?:\/\//i.test(databaseUrl?.trim() ?? '');
}

/** Opens the server's store, migrated to the current schema: PostgreSQL when configured, else SQLite (creating its folder). */
export async function openServerStorage(config: StorageConfig): Promise<ServerStorage> {
  if (isPostgresUrl(config.databaseUrl)) return openPostgresStorage(config.databaseUrl.trim());
  if (config.sqliteFile !== ':memory:') mkdirSync(dirname(resolve(config.sqliteFile)), { recursive: true });
  return openSqliteStorage(config.sqliteFile);
}
