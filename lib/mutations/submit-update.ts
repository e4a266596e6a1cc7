// A focal point submits their progress update for review: a new update, their draft, or an update the secretariat
// returned, which then waits as SUBMITTED for the secretariat to publish or return it (lib/mutations/publish-update.ts,
// return-update.ts). Focal points never publish. The rules are in ./write-progress-update.ts.
import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { writeProgressUpdate, type WriteProgressUpdateResult } from "./write-progress-update";

export function submitUpdate(actor: SessionUser | null, input: unknown): Promise<WriteProgressUpdateResult> {
  return writeProgressUpdate(actor, input, "submit");
}
