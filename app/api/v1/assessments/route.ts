import { publicApiRoute } from "@/lib/api/public-api-route";
import { listBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentAssessment } from "@/lib/api/present-assessment";
import { listPublishedAssessments } from "@/lib/data/public/list-published-assessments";

export const GET = publicApiRoute(API_OPERATIONS.listAssessments, async ({ query, self, urls }) => {
  const filters = { commitment: query.commitment, organisation: query.organisation };
  const { total, records } = await listPublishedAssessments(filters, { page: query.page, perPage: query.per_page });
  return listBody(
    records.map((record) => presentAssessment(record, urls)),
    total,
    query,
    self,
  );
});

export const OPTIONS = preflight;
