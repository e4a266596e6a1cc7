import { apiRoute, listBody } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { presentMember } from "@/lib/api/present";
import { MemberList, MemberQuery } from "@/lib/api/schemas/members";
import { listMemberRecords } from "@/lib/data/open-data/members";
import { fromCode } from "@/lib/open-data/codes";

export const GET = apiRoute({
  query: MemberQuery,
  response: MemberList,
  handle: async ({ query, self, urls }) => {
    const filters = { kind: query.kind && fromCode(query.kind), region: query.region && fromCode(query.region) };
    const { total, records } = await listMemberRecords(filters, { page: query.page, perPage: query.per_page });
    return listBody(records.map((record) => presentMember(record, urls)), total, query, self);
  },
});

export const OPTIONS = preflight;
