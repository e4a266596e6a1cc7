import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentUpdate } from "@/lib/api/present";
import { listUpdateRecords } from "@/lib/data/open-data/updates";

export const GET = publicApiRoute(API_OPERATIONS.listUpdates, async ({ query, self, urls }) => {
  const filters = { commitment: query.commitment, member: query.member, since: query.since };
  const { total, records } = await listUpdateRecords(filters, { page: query.page, perPage: query.per_page });
  return listBody(
    records.map((record) => presentUpdate(record, urls)),
    total,
    query,
    self,
  );
});

export const OPTIONS = preflight;
