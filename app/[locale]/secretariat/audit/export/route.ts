// GET: the audit log, with the viewer's filters (same URL parameters), as CSV for the secretariat. Streamed in
// batches: memory stays bounded however long the log is. no-store, like every secretariat response.
import { auditLogBatches } from "@/lib/data/secretariat/audit-log-batches";
import { auditLogFiltersFrom } from "@/lib/data/secretariat/audit-log-filters";
import { auditCsvChunk, auditCsvFilename } from "@/lib/exports/audit-log-csv";
import { signedInRoute } from "@/lib/http/signed-in-route";

const route = { route: "/secretariat/audit/export", back: { to: "auditLog", href: "/secretariat/audit" } } as const;

export const GET = signedInRoute<{ locale: string }>(route, async ({ user, request }) => {
  const {
    before: _before,
    after: _after,
    ...filters
  } = auditLogFiltersFrom(Object.fromEntries(new URL(request.url).searchParams));
  // Authorizes before the response starts: a refused caller gets a 401/403, never a partial file.
  const batches = await auditLogBatches(user, filters);
  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await batches.next();
      if (done) {
        // An empty log still gets its header row.
        if (first) controller.enqueue(encoder.encode(auditCsvChunk([], true)));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(auditCsvChunk(value, first)));
      first = false;
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditCsvFilename(new Date())}"`,
    },
  });
});
