import { apiRoute, oneBody } from "@/lib/api/handler";
import { preflight } from "@/lib/api/http";
import { presentCommitmentDetail } from "@/lib/api/present";
import { CommitmentResponse } from "@/lib/api/schemas/commitments";
import { SlugPath } from "@/lib/api/schemas/params";
import { getCommitmentRecord } from "@/lib/data/open-data/commitments";

export const GET = apiRoute({
  path: SlugPath,
  resource: "commitment",
  response: CommitmentResponse,
  handle: async ({ path, self, urls }) => {
    const found = await getCommitmentRecord(path.slug);
    return found && oneBody(presentCommitmentDetail(found.commitment, found.updates, urls), self);
  },
});

export const OPTIONS = preflight;
