import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentMember } from "@/lib/api/present";
import { listMemberRecords } from "@/lib/data/open-data/members";
import { fromCode } from "@/lib/open-data/codes";

export const GET = publicApiRoute(API_OPERATIONS.listMembers, async ({ query, self, urls }) => {
  const filters = {
    kind: query.kind && fromCode(query.kind),
    region: query.region && fromCode(query.region),
    demo: query.demo,
  };
  const { total, records } = await listMemberRecords(filters, { page: query.page, perPage: query.per_page });
  return listBody(
    records.map((record) => presentMember(record, urls)),
    total,
    query,
    self,
  );
});

export const OPTIONS = preflight;
