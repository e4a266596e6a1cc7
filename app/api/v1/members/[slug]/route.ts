import { publicApiRoute } from "@/lib/api/public-api-route";
import { oneBody } from "@/lib/api/envelope";
import { preflight } from "@/lib/api/http";
import { API_OPERATIONS } from "@/lib/api/operations";
import { presentMember } from "@/lib/api/present";
import { getMemberRecord } from "@/lib/data/open-data/members";

export const GET = publicApiRoute(API_OPERATIONS.getMember, async ({ path, self, urls }) => {
  const member = await getMemberRecord(path.slug);
  return member && oneBody(presentMember(member, urls), self);
});

export const OPTIONS = preflight;
