// Headers of every public, read-only response: the API's JSON and the bulk downloads.
import { createHash } from "node:crypto";

/** Anyone may read the open data from any web page: GET only, no credentials. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition",
  "Access-Control-Max-Age": "86400",
} as const;

/** Shared caches may keep a response for a short while and serve it stale while they fetch a fresh one. */
export const CACHE_CONTROL = {
  api: "public, max-age=60, stale-while-revalidate=600",
  download: "public, max-age=300, stale-while-revalidate=3600",
  document: "public, max-age=300, stale-while-revalidate=86400",
} as const;

/** The answer to a CORS preflight request. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, "Cache-Control": CACHE_CONTROL.document } });
}

export function weakEtag(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return `W/"${hash.digest("base64url").slice(0, 27)}"`;
}

/** Whether the client's If-None-Match already names this ETag (compared weakly, as RFC 9110 asks for GET). */
export function isNotModified(request: Request, etag: string): boolean {
  const header = request.headers.get("If-None-Match");
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}

export function notModified(etag: string, cacheControl: string): Response {
  return new Response(null, { status: 304, headers: { ...CORS_HEADERS, ETag: etag, "Cache-Control": cacheControl } });
}
