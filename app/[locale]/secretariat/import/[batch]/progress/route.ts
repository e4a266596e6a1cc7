// GET /secretariat/import/<batch>/progress — how far the confirmation of an import has got, as JSON, polled by the
// preview page's progress bar while it waits (without JavaScript the page simply waits for the answer).
import { getImportProgress } from "@/lib/data/secretariat/get-import-batch";
import { signedInRoute } from "@/lib/http/signed-in-route";
import { NO_STORE } from "@/lib/http/responses";

const route = {
  route: "/secretariat/import/[batch]/progress",
  back: { to: "import", href: "/secretariat/import" },
} as const;

export const GET = signedInRoute<{ batch: string }>(route, async ({ user, params }) => {
  const progress = await getImportProgress(user, params.batch);
  if (!progress) return Response.json({ error: "not_found" }, { status: 404, headers: NO_STORE });
  return Response.json(
    { state: progress.state.toLowerCase(), done: progress.progress, total: progress.rowCount },
    { headers: NO_STORE },
  );
});
