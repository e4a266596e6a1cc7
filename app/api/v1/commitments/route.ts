import { toCommitmentFilters } from "@/lib/api/commitment-filters";
import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentCommitment } from "@/lib/api/present";
import { listCommitmentRecords } from "@/lib/data/open-data/commitments";

export const GET = publicApiRoute(API_OPERATIONS.listCommitments, async ({ query, self, urls }) => {
  const window = { page: query.page, perPage: query.per_page };
  const { total, records } = await listCommitmentRecords(toCommitmentFilters(query), window);
  return listBody(
    records.map((record) => presentCommitment(record, urls)),
    total,
    query,
    self,
  );
});

export const OPTIONS = preflight;
