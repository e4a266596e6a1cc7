// Which implementation status a progress update may report, given the commitment's current (latest published)
// status. Pure, shared by the submit validation and its tests. The rules:
//  1. A commitment with nothing published yet may report any status.
//  2. Staying on the same status, or moving forward (Not started → In progress → Substantially complete →
//     Completed), is always allowed.
//  3. Once work has started, "Not started" is no longer true: an update cannot go back to it (a stalled commitment
//     is "In progress" with a barrier that says why).
//  4. Any other step backwards (Completed → In progress, Substantially complete → In progress, …) is a setback: it
//     is allowed only with at least one barrier saying what got in the way.
//  5. "Discontinued" needs at least one barrier saying why the work stopped (the barriers are the structured reason;
//     the narrative tells the story). A discontinued commitment may resume with any status but "Not started".
import type { ReportedStatus } from "./implementation-status";

/** Progress order; Discontinued stands outside it. */
const RANK: Record<Exclude<ReportedStatus, "DISCONTINUED">, number> = {
  NOT_STARTED: 0,
  IN_PROGRESS: 1,
  SUBSTANTIALLY_COMPLETE: 2,
  COMPLETED: 3,
};

/** Message keys, under the update form's errors, with the field they belong to. */
export type TransitionProblem =
  | { field: "status"; code: "status.cannotRestart" }
  | { field: "barriers"; code: "barriers.setbackNeedsReason" | "barriers.discontinuedNeedsReason" };

export function transitionProblem(
  from: ReportedStatus | null,
  to: ReportedStatus,
  { barrierCount }: { barrierCount: number },
): TransitionProblem | null {
  if (to === "DISCONTINUED") {
    return barrierCount > 0 ? null : { field: "barriers", code: "barriers.discontinuedNeedsReason" };
  }
  if (from === null || from === to) return null;
  if (to === "NOT_STARTED") return { field: "status", code: "status.cannotRestart" };
  if (from === "DISCONTINUED") return null;
  if (RANK[to] < RANK[from] && barrierCount === 0) return { field: "barriers", code: "barriers.setbackNeedsReason" };
  return null;
}
