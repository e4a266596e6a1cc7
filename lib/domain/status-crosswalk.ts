// How our implementation status reads on two scales other trackers use, so exports can be compared with them:
//  - OGP's completion scale (Independent Reporting Mechanism): Not started · Limited · Substantial · Complete;
//  - the WPS-HA Compact's progress scale: No progress · Limited · Met · Exceeded.
//
// The one principle: a crosswalk never claims more than the member reported.
//  status                  OGP completion   Compact progress
//  (nothing published)     (empty)          (empty)          silence is not "not started": it stays visible as such
//  NOT_STARTED             not_started      no_progress
//  IN_PROGRESS             limited          limited
//  SUBSTANTIALLY_COMPLETE  substantial      limited          the Compact's "met" means done; substantially is not
//  COMPLETED               complete         met
//  DISCONTINUED            limited if the last reported percentage was above 0, otherwise not_started;
//                                           no_progress      OGP has no "withdrawn" level: the work done before it
//                                                            stopped is counted at the lowest level that shows any,
//                                                            and none is assumed when none was reported. The
//                                                            Compact asks whether the commitment was met: it will
//                                                            not be.
// "exceeded" is on the Compact's scale but never derived: nothing we collect says a target was surpassed.
import type { ReportedStatus } from "./implementation-status";

export const OGP_COMPLETION_LEVELS = ["not_started", "limited", "substantial", "complete"] as const;
type OgpCompletion = (typeof OGP_COMPLETION_LEVELS)[number];

export const COMPACT_PROGRESS_LEVELS = ["no_progress", "limited", "met", "exceeded"] as const;
type CompactProgress = (typeof COMPACT_PROGRESS_LEVELS)[number];

export type Crosswalk = { ogp: OgpCompletion | null; compact: CompactProgress | null };

/** `status` is the latest published status (null: nothing published); `percent` the percentage it came with. */
export function crosswalkStatus(status: ReportedStatus | null, percent: number | null): Crosswalk {
  switch (status) {
    case null:
      return { ogp: null, compact: null };
    case "NOT_STARTED":
      return { ogp: "not_started", compact: "no_progress" };
    case "IN_PROGRESS":
      return { ogp: "limited", compact: "limited" };
    case "SUBSTANTIALLY_COMPLETE":
      return { ogp: "substantial", compact: "limited" };
    case "COMPLETED":
      return { ogp: "complete", compact: "met" };
    case "DISCONTINUED":
      return { ogp: percent !== null && percent > 0 ? "limited" : "not_started", compact: "no_progress" };
  }
}
