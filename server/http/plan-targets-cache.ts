import { gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';
import { apiRoutes } from '../../src/api/contract';
import type { ApiResult } from '../../mocks/service/api-result';
import type { ApiServices } from '../../mocks/routes/api-route';
import { readSessionCookie } from '../auth/session-cookie';
import type { ServerStorage } from '../storage/server-storage';

/** How many plans' answers are kept (a city has a handful of plans open at a time). */
const MAX_PLANS = 16;

interface CachedAnswer {
  revision: number;
  /** The service's answer; shared by every request that arrives while it is being made (no stampede). */
  answer: Promise<ApiResult>;
  json: string | null;
  gzip: Buffer | null;
}

/**
 * GET /api/plans/:planId/targets is the heaviest read (a whole plan, megabytes for thousands of targets) and the most
 * frequent. Its answer is serialised (and gzipped) once per data revision — which every change to plan data raises,
 * from any server process — and revalidated with an ETag, so an unchanged plan costs one tiny query. The service
 * (and its rules) still produces every answer; this only remembers it.
 */
export function mountPlanTargetsCache(
  app: Hono,
  { storage, services, answer }: { storage: ServerStorage; services: ApiServices; answer: (c: Context, result: ApiResult) => Response },
) {
  const cache = new Map<string, CachedAnswer>();

  app.get(apiRoutes.planTargets, async (c) => {
    const session = await services.auth.sessionOf(readSessionCookie(c));
    if ('refusal' in session) return answer(c, session.refusal);
    const planId = c.req.param('planId') ?? '';
    const revision = await storage.dataRevision();
    const etag = `W/"${revision}-${encodeURIComponent(planId)}"`;
    const headers: Record<string, string> = { ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Accept-Encoding, Cookie' };
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);

    let entry = cache.get(planId);
    if (!entry || entry.revision < revision) {
      // Read after taking the revision: the data is at least that new, so the entry is never older than its label.
      entry = { revision, answer: services.targets.getPlanTargets(planId), json: null, gzip: null };
      cache.delete(planId);
      cache.set(planId, entry);
      if (cache.size > MAX_PLANS) cache.delete(cache.keys().next().value as string);
    }
    const result = await entry.answer.catch((error: unknown) => {
      if (cache.get(planId) === entry) cache.delete(planId);
      throw error;
    });
    if (result.status !== 200) {
      if (cache.get(planId) === entry) cache.delete(planId);
      return answer(c, result);
    }
    entry.json ??= JSON.stringify(result.body);
    if (/\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
      entry.gzip ??= gzipSync(entry.json, { level: 6 });
      return c.body(entry.gzip as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    }
    return c.body(entry.json, 200, { ...headers, 'Content-Type': 'application/json' });
  });
}
