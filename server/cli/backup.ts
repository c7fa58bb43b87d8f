// npm run server:backup [-- --to FILE]: an online copy of the SQLite database, safe while the server runs.
// PostgreSQL is backed up with its own tool (pg_dump), as the README shows.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readServerConfig } from '../config';
import { isPostgresUrl } from '../storage/open-storage';
import { backupSqlite } from '../storage/sqlite-storage';

async function main() {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { to: { type: 'string' } } });
  const config = readServerConfig();
  if (isPostgresUrl(config.databaseUrl)) {
    throw new Error('DATABASE_URL names PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=tavoitevahti.dump "$DATABASE_URL"');
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = resolve(values.to ?? join(dirname(config.sqliteFile), 'backups', `tavoitevahti-${stamp}.sqlite`));
  mkdirSync(dirname(target), { recursive: true });
  await backupSqlite(config.sqliteFile, target);
  console.log(`Varmuuskopio / Backup: ${target}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
