import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy } from '../../src/app/content-security-policy';

/**
 * Headers every answer carries. HSTS only over TLS (directly, or behind a proxy the server is told to trust):
 * sent over plain HTTP it would be ignored at best and lock out a misconfigured site at worst.
 */
export function securityHeaders({ trustProxy }: { trustProxy: boolean }): MiddlewareHandler {
  const policy = contentSecurityPolicy({ header: true, apiOrigin: null });
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('Content-Security-Policy', policy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    const forwardedProto = trustProxy ? c.req.header('X-Forwarded-Proto') : undefined;
    const overTls = new URL(c.req.url).protocol === 'https:' || forwardedProto === 'https';
    if (overTls) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  };
}
