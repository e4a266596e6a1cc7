import { apiRoute, oneBody } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { presentMember } from "@/lib/api/present";
import { MemberResponse } from "@/lib/api/schemas/members";
import { SlugPath } from "@/lib/api/schemas/params";
import { getMemberRecord } from "@/lib/data/open-data/members";

export const GET = apiRoute({
  path: SlugPath,
  resource: "member",
  response: MemberResponse,
  handle: async ({ path, self, urls }) => {
    const member = await getMemberRecord(path.slug);
    return member && oneBody(presentMember(member, urls), self);
  },
});

export const OPTIONS = preflight;
