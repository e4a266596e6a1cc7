import { describe, expect, it } from "vitest";
import { REPORTED_STATUSES } from "./implementation-status";
import { COMPACT_PROGRESS_LEVELS, crosswalkStatus, OGP_COMPLETION_LEVELS } from "./status-crosswalk";

describe("crosswalkStatus", () => {
  it.each([
    ["NOT_STARTED", 0, "not_started", "no_progress"],
    ["IN_PROGRESS", 40, "limited", "limited"],
    ["IN_PROGRESS", null, "limited", "limited"],
    ["SUBSTANTIALLY_COMPLETE", 85, "substantial", "limited"],
    ["COMPLETED", 100, "complete", "met"],
    ["DISCONTINUED", 40, "limited", "no_progress"],
    ["DISCONTINUED", 0, "not_started", "no_progress"],
    ["DISCONTINUED", null, "not_started", "no_progress"],
  ] as const)("reads %s (%s %%) as OGP %s and Compact %s", (status, percent, ogp, compact) => {
    expect(crosswalkStatus(status, percent)).toEqual({ ogp, compact });
  });

  it("leaves silence empty on both scales rather than calling it 'not started'", () => {
    expect(crosswalkStatus(null, null)).toEqual({ ogp: null, compact: null });
  });

  it("gives every reported status a level of each scale, and never derives 'exceeded'", () => {
    for (const status of REPORTED_STATUSES) {
      for (const percent of [null, 0, 50, 100]) {
        const { ogp, compact } = crosswalkStatus(status, percent);
        expect(OGP_COMPLETION_LEVELS).toContain(ogp);
        expect(COMPACT_PROGRESS_LEVELS).toContain(compact);
        expect(compact).not.toBe("exceeded");
      }
    }
  });

  it("never places a status higher on either scale than a more advanced status", () => {
    const rank = (status: (typeof REPORTED_STATUSES)[number]) => {
      const { ogp, compact } = crosswalkStatus(status, 50);
      return [OGP_COMPLETION_LEVELS.indexOf(ogp!), COMPACT_PROGRESS_LEVELS.indexOf(compact!)];
    };
    const ordered = ["NOT_STARTED", "IN_PROGRESS", "SUBSTANTIALLY_COMPLETE", "COMPLETED"] as const;
    for (let i = 1; i < ordered.length; i++) {
      const [ogpBefore, compactBefore] = rank(ordered[i - 1]!);
      const [ogpAfter, compactAfter] = rank(ordered[i]!);
      expect(ogpAfter).toBeGreaterThanOrEqual(ogpBefore!);
      expect(compactAfter).toBeGreaterThanOrEqual(compactBefore!);
    }
  });
});
