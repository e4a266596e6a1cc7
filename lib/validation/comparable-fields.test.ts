import { describe, expect, it } from "vitest";
import { conflictDiff } from "@/lib/domain/workspace-conflict";
import { comparableCommitment, emptyCommitmentDetails } from "./commitment-details-fields";
import { comparableUpdate, emptyBarriers, type ProgressUpdateFormValues } from "./progress-update-fields";

describe("the update and commitment diffs the forms show", () => {
  const update = (overrides: Partial<ProgressUpdateFormValues>): ProgressUpdateFormValues => ({
    status: "IN_PROGRESS",
    percentComplete: "40",
    narrative: "Same",
    evidence: [{ url: "https://a.example", label: "A" }],
    milestoneIds: [],
    barriers: emptyBarriers(),
    ...overrides,
  });

  it("shows every changed part of an update: status, percent, evidence and barriers with their text", () => {
    const theirs = comparableUpdate(update({ status: "COMPLETED", percentComplete: "100" }));
    const mine = comparableUpdate(
      update({
        evidence: [{ url: "https://b.example", label: "" }],
        barriers: emptyBarriers().map((b) => (b.kind === "FUNDING" ? { ...b, selected: true, detail: "Cut" } : b)),
      }),
    );
    expect(conflictDiff(["status", "percentComplete", "narrative", "evidence", "barriers"], theirs, mine)).toEqual([
      { field: "status", theirs: ["COMPLETED"], mine: ["IN_PROGRESS"] },
      { field: "percentComplete", theirs: ["100"], mine: ["40"] },
      { field: "evidence", theirs: ["https://a.example A"], mine: ["https://b.example"] },
      { field: "barriers", theirs: [], mine: ["FUNDING Cut"] },
    ]);
  });

  it("treats 25, 25.0 and the stored 25.00 as the same indicator value, and ignores removed milestones", () => {
    const stored = {
      ...emptyCommitmentDetails(),
      indicatorBaseline: "25.00",
      milestones: [{ id: "m", title: "Law adopted", dueDate: "2027-01-01", remove: false }],
    };
    const typed = {
      ...emptyCommitmentDetails(),
      indicatorBaseline: "25",
      milestones: [
        { id: "m", title: "Law adopted", dueDate: "2027-01-01", remove: false },
        { id: "n", title: "Gone", dueDate: "", remove: true },
      ],
    };
    expect(
      conflictDiff(["indicatorBaseline", "milestones"], comparableCommitment(stored), comparableCommitment(typed)),
    ).toEqual([]);
  });
});
