// What proxy.ts refuses before Next.js sees a request, each answered with a status and plain words instead of the
// 500 Next would give (docs/decisions/0014-request-hardening.md):
// - a path that is not valid percent-encoded UTF-8 (`/commitments/%FF`): Next fails decoding it → 400;
// - a POST from another site's page (its Origin names neither this request's host nor APP_URL) → 403;
// - a POST body over the server actions' limit (Next's 1 MB), or of unstated length (chunked) → 413 / 411;
// - a server action whose arguments are not what every action of this app takes, (previous state, FormData)
//   (lib/actions/safe-action.ts), or that cannot be decoded at all → 400.
// None of them reaches an action, so nothing is written, and none is logged as an error.
import { createTranslator } from "next-intl";
import { messages } from "@/lib/i18n/messages";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

/** Next's default `serverActions.bodySizeLimit`, which next.config.js keeps. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export type Refusal = {
  status: 400 | 403 | 411 | 413;
  reason: "badPath" | "foreignOrigin" | "tooLarge" | "lengthRequired" | "malformed";
};

/** A path every segment of which decodes to text (no NUL): anything else is no address of this site. */
export function hasReadablePath(pathname: string): boolean {
  try {
    return pathname.split("/").every((segment) => !decodeURIComponent(segment).includes("\u0000"));
  } catch {
    return false;
  }
}

/** The refusal of a request that may change something (POST, PUT, PATCH, DELETE), or null to let it through. */
export async function refusalOfPost(request: Request, appUrl: string): Promise<Refusal | null> {
  if (!fromThisSite(request, appUrl)) return { status: 403, reason: "foreignOrigin" };
  const length = request.headers.get("content-length");
  if (length === null && request.headers.has("transfer-encoding")) return { status: 411, reason: "lengthRequired" };
  if (Number(length) > BODY_LIMIT_BYTES) return { status: 413, reason: "tooLarge" };
  const { pathname } = new URL(request.url);
  // Route handlers (next-auth's) read their own bodies; every other POST is a server action, or nothing.
  if (pathname.startsWith("/api/")) return null;
  return (await readableActionCall(request)) ? null : { status: 400, reason: "malformed" };
}

/**
 * Next's own rule for server actions (the Origin's host against x-forwarded-host or host), with APP_URL's host also
 * accepted; a request without Origin (not a browser's) passes, as in Next. "null" (a sandboxed frame) does not.
 */
function fromThisSite(request: Request, appUrl: string): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const requestHost = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0];
  return host === requestHost?.trim() || host === new URL(appUrl).host;
}

async function readableActionCall(request: Request): Promise<boolean> {
  const contentType = request.headers.get("content-type") ?? "";
  const fetchAction = request.headers.has("next-action");
  // A form posted without JavaScript is multipart; anything else that is not a fetch action is not an action call
  // (Next renders the page, as for a GET).
  if (!contentType.startsWith("multipart/form-data")) return !fetchAction;
  let body: FormData;
  try {
    body = await request.formData();
  } catch {
    return false;
  }
  return fetchAction ? isActionArguments(body.get("0")) : boundArgumentsReadable(body);
}

/** A fetch action's arguments: [previous state, a reference to the posted FormData ("$K1")], as React encodes them. */
function isActionArguments(encoded: FormDataEntryValue | null): boolean {
  const args = parseJson(encoded);
  return (
    Array.isArray(args) &&
    args.length === 2 &&
    isStateLike(args[0]) &&
    typeof args[1] === "string" &&
    /^\$K[0-9a-f]{1,8}$/.test(args[1])
  );
}

/** Without JavaScript: each action reference names an id, and its bound arguments are at most the previous state. */
function boundArgumentsReadable(body: FormData): boolean {
  for (const key of body.keys()) {
    const ref = /^\$ACTION_REF_(\d{1,4})$/.exec(key);
    if (!ref) continue;
    const action = parseJson(body.get(`$ACTION_${ref[1]}:0`));
    if (!action || typeof action !== "object" || typeof (action as { id?: unknown }).id !== "string") return false;
    if (!body.has(`$ACTION_${ref[1]}:1`)) continue;
    const bound = parseJson(body.get(`$ACTION_${ref[1]}:1`));
    if (!Array.isArray(bound) || bound.length > 1 || !bound.every(isStateLike)) return false;
  }
  return true;
}

function isStateLike(value: unknown): boolean {
  return value === null || value === "$undefined" || (typeof value === "object" && !Array.isArray(value));
}

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** The refusal in plain words, with the headers every refusal carries (never stored). */
export function refusalResponse(refusal: Refusal, headers: Record<string, string>): Response {
  const t = createTranslator({
    locale: "en",
    messages: messages.en,
    namespace: "common.refusals",
    timeZone: DISPLAY_TIME_ZONE,
  });
  return new Response(`${t(refusal.reason)}\n`, {
    status: refusal.status,
    headers: { ...headers, "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });
}
