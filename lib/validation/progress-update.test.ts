import { describe, expect, it } from "vitest";
import {
  fieldErrorsOf,
  NARRATIVE_MAX_LENGTH,
  progressUpdateSchema,
  progressUpdateTargetSchema,
} from "./progress-update";

const valid = {
  status: "IN_PROGRESS",
  percentComplete: "40",
  narrative: "The Gender Sub-Committee met twice this year.",
  evidenceUrl: "https://www.example.org/report.pdf",
  discontinuedReason: "",
};

function errorsFor(input: Record<string, unknown>) {
  const result = progressUpdateSchema.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
}

describe("progressUpdateSchema", () => {
  it("accepts a complete update from the form and converts its fields", () => {
    expect(progressUpdateSchema.parse({ ...valid, narrative: "  Done.  " })).toEqual({
      status: "IN_PROGRESS",
      percentComplete: 40,
      narrative: "Done.",
      evidenceUrl: "https://www.example.org/report.pdf",
    });
  });

  it("treats blank optional fields as not given", () => {
    const parsed = progressUpdateSchema.parse({ ...valid, percentComplete: " ", evidenceUrl: "" });
    expect(parsed.percentComplete).toBeUndefined();
    expect(parsed.evidenceUrl).toBeUndefined();
  });

  it("accepts numbers as well as form strings", () => {
    expect(progressUpdateSchema.parse({ ...valid, percentComplete: 0 }).percentComplete).toBe(0);
  });

  it.each(["101", "-1", "12.5", "forty", "1e2x"])("refuses %s as a percentage", (percentComplete) => {
    expect(errorsFor({ ...valid, percentComplete }).percentComplete).toEqual(["percentComplete.range"]);
  });

  it("accepts 0 and 100 as percentages", () => {
    expect(errorsFor({ ...valid, percentComplete: "0" })).toEqual({});
    expect(errorsFor({ ...valid, percentComplete: "100" })).toEqual({});
  });

  it("requires a narrative and limits its length", () => {
    expect(errorsFor({ ...valid, narrative: "   " }).narrative).toEqual(["narrative.required"]);
    expect(errorsFor({ ...valid, narrative: undefined }).narrative).toEqual(["narrative.required"]);
    expect(errorsFor({ ...valid, narrative: "x".repeat(NARRATIVE_MAX_LENGTH) })).toEqual({});
    expect(errorsFor({ ...valid, narrative: "x".repeat(NARRATIVE_MAX_LENGTH + 1) }).narrative).toEqual([
      "narrative.tooLong",
    ]);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript://example.org/%0aalert(1)",
    "data:text/html,<b>hi</b>",
    "file:///etc/passwd",
    "ftp://example.org/report.pdf",
    "www.example.org/report.pdf",
    "https://",
    "https://exa mple.org",
    "https://un.org@evil.example/report",
  ])("refuses %s as an evidence link", (evidenceUrl) => {
    expect(errorsFor({ ...valid, evidenceUrl }).evidenceUrl).toEqual(["evidenceUrl.invalid"]);
  });

  it.each(["http://example.org", "HTTPS://EXAMPLE.ORG/A", "https://münchen.de/bericht", "https://example.org:8443/x?y=1#z"])(
    "accepts %s as an evidence link",
    (evidenceUrl) => {
      expect(errorsFor({ ...valid, evidenceUrl })).toEqual({});
    },
  );

  it("refuses an unknown status", () => {
    expect(errorsFor({ ...valid, status: "DONE" }).status).toEqual(["status.required"]);
    expect(errorsFor({ ...valid, status: undefined }).status).toEqual(["status.required"]);
  });

  it("requires a reason when the commitment is discontinued, and only then", () => {
    expect(errorsFor({ ...valid, status: "DISCONTINUED", discontinuedReason: " " }).discontinuedReason).toEqual([
      "discontinuedReason.required",
    ]);
    expect(errorsFor({ ...valid, status: "DISCONTINUED", discontinuedReason: "Funding ended." })).toEqual({});
    expect(errorsFor({ ...valid, discontinuedReason: "Funding ended." }).discontinuedReason).toEqual([
      "discontinuedReason.onlyWhenDiscontinued",
    ]);
  });

  it("keeps the percentage consistent with Completed and Not started", () => {
    expect(errorsFor({ ...valid, status: "COMPLETED", percentComplete: "90" }).percentComplete).toEqual([
      "percentComplete.completedIs100",
    ]);
    expect(errorsFor({ ...valid, status: "COMPLETED", percentComplete: "100" })).toEqual({});
    // An invalid percentage gets one message, not a second one about the status.
    expect(errorsFor({ ...valid, status: "COMPLETED", percentComplete: "101" }).percentComplete).toEqual([
      "percentComplete.range",
    ]);
    expect(errorsFor({ ...valid, status: "NOT_STARTED", percentComplete: "10" }).percentComplete).toEqual([
      "percentComplete.notStartedIs0",
    ]);
  });

  it("reports every problem at once, so one round trip shows them all", () => {
    const errors = errorsFor({
      status: "DISCONTINUED",
      percentComplete: "101",
      narrative: "",
      evidenceUrl: "javascript:alert(1)",
      discontinuedReason: "",
    });
    expect(Object.keys(errors).sort()).toEqual(["discontinuedReason", "evidenceUrl", "narrative", "percentComplete"]);
  });
});

describe("progressUpdateTargetSchema", () => {
  it("needs a commitment id and a positive whole version", () => {
    const commitmentId = "3f1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";
    expect(progressUpdateTargetSchema.parse({ commitmentId, version: "3" })).toEqual({ commitmentId, version: 3 });
    expect(progressUpdateTargetSchema.safeParse({ commitmentId: "colombia", version: "3" }).success).toBe(false);
    expect(progressUpdateTargetSchema.safeParse({ commitmentId, version: "0" }).success).toBe(false);
    expect(progressUpdateTargetSchema.safeParse({ commitmentId, version: "" }).success).toBe(false);
  });
});
