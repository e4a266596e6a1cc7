import { publicApiRoute } from "@/lib/api/public-api-route";
import { oneBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentCommitmentDetail } from "@/lib/api/present";
import { getCommitmentRecord } from "@/lib/data/open-data/commitments";

export const GET = publicApiRoute(API_OPERATIONS.getCommitment, async ({ path, self, urls }) => {
  const found = await getCommitmentRecord(path.slug);
  return found && oneBody(presentCommitmentDetail(found.commitment, found.updates, urls), self);
});

export const OPTIONS = preflight;
