// `npm run serve` (after building the app) or `node --import tsx server/main.ts`: the real server.
import { readServerConfig } from './config';
import { startServer } from './start';

async function main() {
  const config = readServerConfig();
  const running = await startServer(config, { serveApp: process.env.TAVOITEVAHTI_API_ONLY !== '1' });
  const where = running.storage.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${config.sqliteFile}`;
  console.log(`Tavoitevahti server on ${running.url} — data in ${where}${running.seeded ? ', seeded with the built-in dataset' : ''}`);
  const stop = (signal: string) => {
    console.log(`${signal}: closing`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
