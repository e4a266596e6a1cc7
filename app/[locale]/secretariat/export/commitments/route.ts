// The first address of the secretariat's CSV export, kept for bookmarks and scripts: it moved to
// /secretariat/exports/csv. It exported every commitment whatever its approval, hence scope=all. The Location is a
// path, never built from the request's Host header.
export function GET(): Response {
  return new Response(null, {
    status: 308,
    headers: { Location: "/secretariat/exports/csv?scope=all", "Cache-Control": "no-store" },
  });
}
