import type { z } from "zod";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { fromCode } from "@/lib/open-data/codes";
import type { CommitmentQuery } from "./schemas/commitments";

const upper = <T extends string>(value: T | undefined) => (value === undefined ? undefined : fromCode(value));

/** The API's commitment query as the explorer's filters, so both select commitments with the same SQL. */
export function toCommitmentFilters(query: z.output<typeof CommitmentQuery>): CommitmentFilters {
  return {
    q: query.q,
    type: query.type,
    theme: query.theme,
    member: query.member,
    status: upper(query.status),
    pillar: upper(query.pillar),
    kind: upper(query.kind),
    region: upper(query.region),
    meeting: query.meeting,
    year: query.year,
    demo: query.demo,
  };
}
