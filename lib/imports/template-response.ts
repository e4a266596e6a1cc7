// The answer to GET /secretariat/import/template/<kind>.<csv|xlsx>: the empty template of an import, for the
// secretariat (the XLSX lists the register's member, theme and meeting slugs).
import "server-only";
import { Readable } from "node:stream";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { contentDisposition } from "@/lib/domain/export-filename";
import { NO_STORE, plainText } from "@/lib/http/responses";
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from "@/lib/open-data/download-files";
import { OFFERED_SEGMENTS, type ImportSegment } from "./import-kinds";
import { templateCsv, templateXlsx } from "./template";

export async function templateResponse(user: SessionUser | null, file: string): Promise<Response> {
  await authorizeSecretariat(user, { attempted: "import.template", entityType: "import_batch", entityId: file });
  const match = /^(.+)-template\.(csv|xlsx)$/.exec(file);
  const segment = match?.[1] as ImportSegment | undefined;
  if (!match || !segment || !OFFERED_SEGMENTS.includes(segment)) return plainText(404, "There is no such template.");
  const headers = { ...NO_STORE, "Content-Disposition": contentDisposition(file), "X-Content-Type-Options": "nosniff" };
  if (match[2] === "csv") {
    return new Response(templateCsv(segment), { headers: { ...headers, "Content-Type": CSV_MEDIA_TYPE } });
  }
  const select = { slug: true, name: true } as const;
  const [members, themes, meetings] = await Promise.all([
    db.member.findMany({ select, orderBy: { name: "asc" } }),
    db.theme.findMany({ select, orderBy: { sortOrder: "asc" } }),
    db.meeting.findMany({ select: { slug: true, title: true }, orderBy: { startDate: "desc" } }),
  ]);
  const references = { members, themes, meetings: meetings.map((m) => ({ slug: m.slug, name: m.title })) };
  const body = Readable.toWeb(templateXlsx(segment, references)) as ReadableStream<Uint8Array>;
  return new Response(body, { headers: { ...headers, "Content-Type": XLSX_MEDIA_TYPE } });
}
