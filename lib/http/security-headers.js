// @ts-check
// The security headers, defined once for next.config.js (every response, with the public, cacheable policy) and for
// proxy.ts (the signed-in areas and the sign-in pages, with a per-request nonce; the proxy's own refusals). Plain
// JavaScript so that next.config.js can import it.
//
// Two Content-Security-Policies (docs/decisions/0014-request-hardening.md):
// - signed-in areas and sign-in pages: scripts only with this response's nonce ('strict-dynamic' lets those load
//   Next's chunks), no 'unsafe-inline' scripts: this is where a session and a password are typed;
// - public pages: 'self' 'unsafe-inline', the same bytes on every response, so that a full-page cache can serve
//   them. They show published data only, and hold no form that writes.

/** Path prefixes served with the nonce-based policy. */
const NONCE_AREAS = [
  "/workspace",
  "/secretariat",
  "/account",
  "/sign-in",
  "/forgot-password",
  "/reset-password",
  "/invitation",
  "/dev",
];

/** @param {string} pathname */
export function isNonceArea(pathname) {
  return NONCE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

/**
 * @param {{ nonce?: string, frameAncestors?: string, dev?: boolean }} options
 *   nonce: the signed-in policy; none: the public one. dev: React's development build needs eval.
 */
export function contentSecurityPolicy({ nonce, frameAncestors = "'none'", dev = false }) {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (charts, progress bars) are not scripts; a nonce cannot cover attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** The headers every response carries besides its policy. */
export const BASE_SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};

/** Two years, subdomains included: sent only when the app's own address (APP_URL) is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";
