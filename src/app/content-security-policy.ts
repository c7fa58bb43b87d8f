/**
 * The production Content-Security-Policy: scripts and styles only from this origin (no inline script or style
 * element or attribute, no eval; React's style props and constructed stylesheets go through the CSSOM, which the
 * policy does not restrict), connections to this origin and the configured API. `frame-ancestors` works only in
 * a header, so the meta tag (which any static host serves) leaves it out; `vite preview` and the server send both.
 * Used by vite.config.ts and server/ (no browser code imports it).
 */
export function contentSecurityPolicy({ header, apiOrigin }: { header: boolean; apiOrigin: string | null }): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // Generated images (data:, blob:) cannot run script; allowing them spares a policy change for a preview or logo.
    "img-src 'self' data: blob:",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}
