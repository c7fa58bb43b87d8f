import { serve, type ServerType } from '@hono/node-server';
import { createDemoServices } from '../mocks/service/demo-services';
import { createServerApp } from './app';
import type { ServerConfig } from './config';
import { seedIfEmpty } from './seed';
import { openServerStorage } from './storage/open-storage';
import type { ServerStorage } from './storage/server-storage';

export interface RunningServer {
  url: string;
  storage: ServerStorage;
  seeded: boolean;
  close: () => Promise<void>;
}

/** Opens (and migrates) the database, seeds it when empty, and listens. */
export async function startServer(config: ServerConfig, { serveApp = true }: { serveApp?: boolean } = {}): Promise<RunningServer> {
  const storage = await openServerStorage({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile });
  const seeded = config.seed === 'builtin' ? await seedIfEmpty(storage, { demoPassword: config.demoPassword }) : false;
  const services = createDemoServices(storage);
  // Expired sessions are refused anyway; removing them keeps the table from growing without end.
  const sweepSessions = () =>
    storage.deleteExpiredSessions(new Date().toISOString()).catch((error: unknown) => console.warn('Could not remove expired sessions:', error));
  await sweepSessions();
  const sweeper = setInterval(() => void sweepSessions(), 60 * 60 * 1000);
  sweeper.unref();
  const app = createServerApp({
    storage,
    services,
    staticDir: serveApp ? config.staticDir : null,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () => resolve(started));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`,
    storage,
    seeded,
    close: async () => {
      clearInterval(sweeper);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    },
  };
}
