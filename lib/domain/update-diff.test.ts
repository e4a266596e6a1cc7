import { describe, expect, it } from "vitest";
import { diffText, diffUpdates, type UpdateSnapshot } from "./update-diff";

const previous: UpdateSnapshot = {
  status: "IN_PROGRESS",
  percentComplete: 40,
  narrative: "Training was given to 200 peacekeepers.\nA second course is planned.",
  milestonesReached: [{ id: "m1", title: "Curriculum adopted" }],
  barriers: [{ kind: "FUNDING", detail: "Budget cut" }],
  evidence: [{ url: "https://example.org/report-2023", label: "2023 report" }],
};

describe("diffText", () => {
  it("marks nothing when the text is the same", () => {
    expect(diffText("Same words here.", "Same words here.")).toEqual([{ kind: "same", text: "Same words here." }]);
  });

  it("shows a changed phrase as one removal and one addition, keeping the words around it", () => {
    expect(diffText("the quick brown fox", "a slow brown fox")).toEqual([
      { kind: "removed", text: "the quick" },
      { kind: "added", text: "a slow" },
      { kind: "same", text: " brown fox" },
    ]);
  });

  it("keeps line breaks, so changed lines read as lines", () => {
    const parts = diffText("First line.\nSecond line.", "First line.\nSecond line, revised.\nThird line.");
    expect(parts).toEqual([
      { kind: "same", text: "First line.\nSecond " },
      { kind: "added", text: "line, revised.\nThird " },
      { kind: "same", text: "line." },
    ]);
    // Reading only what survives gives the new text back, and only what was there before gives the old text.
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("First line.\nSecond line, revised.\nThird line.");
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("First line.\nSecond line.");
  });

  it("treats an empty previous text as all added", () => {
    expect(diffText("", "New narrative.")).toEqual([{ kind: "added", text: "New narrative." }]);
  });

  it("still reconstructs both texts when they are too long to align word by word", () => {
    const before = Array.from({ length: 1500 }, (_, i) => `old${i}`).join(" ");
    const after = Array.from({ length: 1500 }, (_, i) => `new${i}`).join(" ");
    const parts = diffText(`Start ${before} end`, `Start ${after} end`);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(`Start ${after} end`);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(`Start ${before} end`);
  });
});

describe("diffUpdates", () => {
  it("reports what a submitted update changes against the previous published one", () => {
    const diff = diffUpdates(previous, {
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: 80,
      narrative: "Training was given to 450 peacekeepers.\nA second course is planned.",
      milestonesReached: [
        { id: "m1", title: "Curriculum adopted" },
        { id: "m2", title: "Trainers certified" },
      ],
      barriers: [{ kind: "CAPACITY", detail: null }],
      evidence: [
        { url: "https://example.org/report-2023", label: "2023 report" },
        { url: "https://example.org/report-2024", label: null },
      ],
    });
    expect(diff.first).toBe(false);
    expect(diff.status).toEqual({ before: "IN_PROGRESS", after: "SUBSTANTIALLY_COMPLETE", changed: true });
    expect(diff.percentComplete).toEqual({ before: 40, after: 80, changed: true });
    expect(diff.narrative.changed).toBe(true);
    expect(diff.narrative.parts).toContainEqual({ kind: "removed", text: "200" });
    expect(diff.narrative.parts).toContainEqual({ kind: "added", text: "450" });
    expect(diff.milestonesReached.added).toEqual([{ id: "m2", title: "Trainers certified" }]);
    expect(diff.milestonesReached.kept).toEqual([{ id: "m1", title: "Curriculum adopted" }]);
    expect(diff.barriers).toEqual({
      added: [{ kind: "CAPACITY", detail: null }],
      removed: [{ kind: "FUNDING", detail: "Budget cut" }],
      kept: [],
    });
    expect(diff.evidence.added).toEqual([{ url: "https://example.org/report-2024", label: null }]);
    expect(diff.evidence.removed).toEqual([]);
  });

  it("says nothing changed when the member reports no change", () => {
    const diff = diffUpdates(previous, { ...previous, evidence: [] });
    expect(diff.status.changed).toBe(false);
    expect(diff.percentComplete.changed).toBe(false);
    expect(diff.narrative.changed).toBe(false);
    expect(diff.evidence.removed).toEqual(previous.evidence);
  });

  it("treats a first update as entirely new", () => {
    const diff = diffUpdates(null, { ...previous, percentComplete: null });
    expect(diff.first).toBe(true);
    expect(diff.status).toEqual({ before: null, after: "IN_PROGRESS", changed: true });
    expect(diff.percentComplete).toEqual({ before: null, after: null, changed: true });
    expect(diff.narrative.parts).toEqual([{ kind: "added", text: previous.narrative }]);
    expect(diff.evidence.added).toEqual(previous.evidence);
  });
});
