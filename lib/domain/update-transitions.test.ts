import { describe, expect, it } from "vitest";
import { REPORTED_STATUSES, type ReportedStatus } from "./implementation-status";
import { transitionProblem } from "./update-transitions";

const none = { barrierCount: 0 };
const oneBarrier = { barrierCount: 1 };
const code = (from: ReportedStatus | null, to: ReportedStatus, barriers = none) =>
  transitionProblem(from, to, barriers)?.code ?? null;

describe("transitionProblem", () => {
  it("lets a first report take any status but Discontinued without a reason", () => {
    for (const to of REPORTED_STATUSES.filter((s) => s !== "DISCONTINUED")) expect(code(null, to)).toBeNull();
    expect(code(null, "DISCONTINUED")).toBe("barriers.discontinuedNeedsReason");
    expect(code(null, "DISCONTINUED", oneBarrier)).toBeNull();
  });

  it("always allows staying put and moving forward", () => {
    expect(code("IN_PROGRESS", "IN_PROGRESS")).toBeNull();
    expect(code("NOT_STARTED", "NOT_STARTED")).toBeNull();
    expect(code("NOT_STARTED", "IN_PROGRESS")).toBeNull();
    expect(code("IN_PROGRESS", "COMPLETED")).toBeNull();
    expect(code("SUBSTANTIALLY_COMPLETE", "COMPLETED")).toBeNull();
  });

  it("never goes back to Not started once work has started, barrier or not", () => {
    for (const from of ["IN_PROGRESS", "SUBSTANTIALLY_COMPLETE", "COMPLETED", "DISCONTINUED"] as const) {
      expect(transitionProblem(from, "NOT_STARTED", oneBarrier)).toEqual({
        field: "status",
        code: "status.cannotRestart",
      });
    }
  });

  it("allows a setback only with a barrier saying why", () => {
    expect(transitionProblem("COMPLETED", "IN_PROGRESS", none)).toEqual({
      field: "barriers",
      code: "barriers.setbackNeedsReason",
    });
    expect(code("SUBSTANTIALLY_COMPLETE", "IN_PROGRESS")).toBe("barriers.setbackNeedsReason");
    expect(code("COMPLETED", "SUBSTANTIALLY_COMPLETE", oneBarrier)).toBeNull();
  });

  it("needs a barrier to discontinue, even when already discontinued, and lets work resume", () => {
    expect(code("IN_PROGRESS", "DISCONTINUED")).toBe("barriers.discontinuedNeedsReason");
    expect(code("DISCONTINUED", "DISCONTINUED")).toBe("barriers.discontinuedNeedsReason");
    expect(code("DISCONTINUED", "IN_PROGRESS")).toBeNull();
    expect(code("DISCONTINUED", "COMPLETED")).toBeNull();
  });
});
