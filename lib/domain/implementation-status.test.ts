import { describe, expect, it } from "vitest";
import {
  emptyStatusCounts,
  isFinished,
  isStatusCategory,
  STATUS_CATEGORIES,
  statusCategory,
  statusLabelKey,
} from "./implementation-status";

describe("implementation status categories", () => {
  it("puts Not reported first, as its own category", () => {
    expect(STATUS_CATEGORIES[0]).toBe("NOT_REPORTED");
    expect(STATUS_CATEGORIES).toHaveLength(6);
  });

  it("treats a commitment with no published update as Not reported, not Not started", () => {
    expect(statusCategory(null)).toBe("NOT_REPORTED");
    expect(statusCategory(undefined)).toBe("NOT_REPORTED");
    expect(statusCategory("NOT_STARTED")).toBe("NOT_STARTED");
  });

  it("names labels by message key", () => {
    expect(statusLabelKey("IN_PROGRESS")).toBe("implementation.IN_PROGRESS");
  });

  it("knows which statuses are finished", () => {
    expect(isFinished("COMPLETED")).toBe(true);
    expect(isFinished("DISCONTINUED")).toBe(true);
    expect(isFinished("SUBSTANTIALLY_COMPLETE")).toBe(false);
    expect(isFinished(null)).toBe(false);
  });

  it("recognises only known categories", () => {
    expect(isStatusCategory("COMPLETED")).toBe(true);
    expect(isStatusCategory("NOT_REPORTED")).toBe(true);
    expect(isStatusCategory("completed")).toBe(false);
    expect(isStatusCategory(["COMPLETED"])).toBe(false);
  });

  it("starts every count at zero, in display order", () => {
    const counts = emptyStatusCounts();
    expect(Object.keys(counts)).toEqual([...STATUS_CATEGORIES]);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});
