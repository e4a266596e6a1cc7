// The answer to POST /secretariat/import/upload?kind=commitments|progress-reports, a plain multipart form (it works
// without JavaScript): authorize, refuse a body larger than IMPORT_MAX_BYTES from its declared length before reading
// it (and stop reading one that turns out larger), read the file, and redirect (303) to its preview, or back to the
// import page with the reason the file was refused. Nothing in the register is written here.
import "server-only";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { plainText } from "@/lib/http/responses";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { FileProblem } from "./file-problem";
import { IMPORT_SEGMENTS, OFFERED_SEGMENTS, type ImportSegment } from "./import-kinds";
import { IMPORT_MAX_BYTES } from "./limits";
import { previewImport } from "./preview-import";

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;

export async function uploadResponse(
  user: SessionUser | null,
  request: Request,
  locale: Locale = defaultLocale,
): Promise<Response> {
  const url = new URL(request.url);
  const segment = url.searchParams.get("kind") ?? "";
  const kind = OFFERED_SEGMENTS.includes(segment as ImportSegment) ? IMPORT_SEGMENTS[segment as ImportSegment] : null;
  await authorizeSecretariat(user, { attempted: "import.upload", entityType: "import_batch", entityId: segment });
  if (!kind) return plainText(404, "Unknown import.");
  // A form posted from another site carries no session cookie (SameSite=Lax); this refuses what a browser marks as
  // cross-site anyway.
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return plainText(403, "Cross-site upload refused.");

  const back = (problem: FileProblem) => {
    const query = new URLSearchParams({ kind: segment, problem: problem.code });
    if (problem.detail) query.set("detail", problem.detail.slice(0, 300));
    return redirect(url, localizedPath(locale, `/secretariat/import?${query.toString()}#upload-${segment}`));
  };
  try {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > IMPORT_MAX_BYTES + ENVELOPE_BYTES) throw new FileProblem("tooLarge");
    const body = await readCapped(request, IMPORT_MAX_BYTES + ENVELOPE_BYTES);
    const form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw new FileProblem("noFile");
    if (file.size > IMPORT_MAX_BYTES) throw new FileProblem("tooLarge");
    const { batchId } = await previewImport(user, kind, {
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    return redirect(url, localizedPath(locale, `/secretariat/import/${batchId}`));
  } catch (error) {
    if (error instanceof FileProblem) return back(error);
    if (error instanceof TypeError) return back(new FileProblem("noFile"));
    throw error;
  }
}

function redirect(url: URL, path: string): Response {
  return new Response(null, { status: 303, headers: { Location: new URL(path, url).toString() } });
}

/** The request's body, refused (FileProblem "tooLarge") as soon as it passes `limit` bytes. */
async function readCapped(request: Request, limit: number): Promise<Blob> {
  if (!request.body) return new Blob([]);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new FileProblem("tooLarge");
    }
    chunks.push(value);
  }
  return new Blob(chunks as Uint8Array<ArrayBuffer>[]);
}
