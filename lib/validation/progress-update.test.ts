import { describe, expect, it } from "vitest";
import {
  emptyBarriers,
  NARRATIVE_MAX_LENGTH,
  progressUpdateValuesFromForm,
  updateTargetSchema,
  validateDraft,
  validateSubmission,
  type ProgressUpdateFormValues,
} from "./progress-update";

const MILESTONE = "3f1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";

function values(overrides: Partial<ProgressUpdateFormValues> = {}): ProgressUpdateFormValues {
  return {
    status: "IN_PROGRESS",
    percentComplete: "40",
    narrative: "The Gender Sub-Committee met twice this year.",
    evidence: [{ url: "https://www.example.org/report.pdf", label: "Annual report" }],
    milestoneIds: [MILESTONE],
    barriers: emptyBarriers(),
    ...overrides,
  };
}

function barriers(selected: Partial<Record<string, string>>) {
  return emptyBarriers().map((row) =>
    row.kind in selected ? { ...row, selected: true, detail: selected[row.kind] ?? "" } : row,
  );
}

const submit = (
  v: ProgressUpdateFormValues,
  currentStatus: Parameters<typeof validateSubmission>[1]["currentStatus"] = "IN_PROGRESS",
) => validateSubmission(v, { currentStatus });
const errorsOf = (result: ReturnType<typeof validateDraft>) => (result.ok ? {} : result.fieldErrors);

describe("validateDraft", () => {
  it("accepts a complete update and converts its fields", () => {
    const result = validateDraft(
      values({ narrative: "  Done.  ", barriers: barriers({ FUNDING: "  Budget cut  ", LEGAL: "" }) }),
    );
    expect(result).toEqual({
      ok: true,
      data: {
        status: "IN_PROGRESS",
        percentComplete: 40,
        narrative: "Done.",
        // Nothing marked for the secretariat only: no private passage, every link public.
        privatePassage: null,
        // No language posted (a form from before updates had one): English.
        language: "en",
        evidence: [{ url: "https://www.example.org/report.pdf", label: "Annual report", secretariatOnly: false }],
        milestoneIds: [MILESTONE],
        barriers: [
          { kind: "FUNDING", detail: "Budget cut" },
          { kind: "LEGAL", detail: null },
        ],
      },
    });
  });

  it("keeps the language the update is written in, and refuses one outside the six", () => {
    expect(validateDraft({ ...values({}), language: "ar" })).toMatchObject({ ok: true, data: { language: "ar" } });
    expect(validateDraft({ ...values({}), language: "de" })).toEqual({
      ok: false,
      fieldErrors: { language: ["language.invalid"] },
    });
  });

  it("accepts an unfinished draft: no narrative, no percentage, no label", () => {
    const result = validateDraft(
      values({ narrative: "", percentComplete: " ", evidence: [{ url: "https://un.org", label: "" }] }),
    );
    expect(result.ok && result.data).toMatchObject({
      narrative: "",
      percentComplete: null,
      evidence: [{ label: null }],
    });
  });

  it("still needs a status, because a draft cannot be stored without one", () => {
    expect(errorsOf(validateDraft(values({ status: "" })))).toEqual({ status: ["status.required"] });
    expect(errorsOf(validateDraft(values({ status: "DONE" })))).toEqual({ status: ["status.required"] });
  });

  it.each(["101", "-1", "12.5", "forty", "1e2", "0x10"])("refuses %s as a percentage", (percentComplete) => {
    expect(errorsOf(validateDraft(values({ percentComplete })))).toEqual({
      percentComplete: ["percentComplete.range"],
    });
  });

  it("accepts 0 and 100 as percentages", () => {
    expect(validateDraft(values({ percentComplete: "0" })).ok).toBe(true);
    expect(validateDraft(values({ percentComplete: "100" })).ok).toBe(true);
  });

  it("limits the narrative's length", () => {
    expect(validateDraft(values({ narrative: "x".repeat(NARRATIVE_MAX_LENGTH) })).ok).toBe(true);
    expect(errorsOf(validateDraft(values({ narrative: "x".repeat(NARRATIVE_MAX_LENGTH + 1) })))).toEqual({
      narrative: ["narrative.tooLong"],
    });
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
  ])("refuses %s as an evidence link, pointing at its row", (url) => {
    const result = validateDraft(
      values({
        evidence: [
          { url: "https://ok.example.org", label: "" },
          { url, label: "x" },
        ],
      }),
    );
    expect(errorsOf(result)).toEqual({ "evidence.1.url": ["evidence.url.invalid"] });
  });

  it.each([
    "http://example.org",
    "HTTPS://EXAMPLE.ORG/A",
    "https://münchen.de/bericht",
    "https://example.org:8443/x?y=1#z",
  ])("accepts %s as an evidence link", (url) => {
    expect(validateDraft(values({ evidence: [{ url, label: "" }] })).ok).toBe(true);
  });

  it("needs an address for a labelled link, refuses duplicates and more than ten links", () => {
    expect(errorsOf(validateDraft(values({ evidence: [{ url: " ", label: "Report" }] })))).toEqual({
      "evidence.0.url": ["evidence.url.required"],
    });
    const twice = { url: "https://example.org/a", label: "" };
    expect(errorsOf(validateDraft(values({ evidence: [twice, { ...twice, url: "HTTPS://example.org/a" }] })))).toEqual({
      "evidence.1.url": ["evidence.url.duplicate"],
    });
    const eleven = Array.from({ length: 11 }, (_, i) => ({ url: `https://example.org/${i}`, label: "" }));
    expect(errorsOf(validateDraft(values({ evidence: eleven })))).toEqual({ evidence: ["evidence.tooMany"] });
  });

  it("refuses text for a barrier that is not ticked, and overlong barrier text", () => {
    const untickedWithText = emptyBarriers().map((row) =>
      row.kind === "POLITICAL" ? { ...row, detail: "Elections" } : row,
    );
    expect(errorsOf(validateDraft(values({ barriers: untickedWithText })))).toEqual({
      "barriers.POLITICAL": ["barriers.detailWithoutKind"],
    });
    expect(errorsOf(validateDraft(values({ barriers: barriers({ OTHER: "x".repeat(501) }) })))).toEqual({
      "barriers.OTHER": ["barriers.detailTooLong"],
    });
  });

  it("refuses a milestone that is not an id", () => {
    expect(errorsOf(validateDraft(values({ milestoneIds: ["<script>"] })))).toEqual({
      milestones: ["milestones.unknown"],
    });
  });
});

describe("validateSubmission", () => {
  it("needs a narrative", () => {
    expect(errorsOf(submit(values({ narrative: "   " })))).toEqual({ narrative: ["narrative.required"] });
  });

  it("keeps the percentage consistent with Completed and Not started", () => {
    expect(errorsOf(submit(values({ status: "COMPLETED", percentComplete: "90" })))).toEqual({
      percentComplete: ["percentComplete.completedIs100"],
    });
    expect(submit(values({ status: "COMPLETED", percentComplete: "100" })).ok).toBe(true);
    expect(errorsOf(submit(values({ status: "NOT_STARTED", percentComplete: "10" }), null))).toEqual({
      percentComplete: ["percentComplete.notStartedIs0"],
    });
  });

  it("applies the status transitions from the current published status", () => {
    expect(errorsOf(submit(values({ status: "NOT_STARTED", percentComplete: "0" }), "IN_PROGRESS"))).toEqual({
      status: ["status.cannotRestart"],
    });
    expect(errorsOf(submit(values({ status: "IN_PROGRESS" }), "COMPLETED"))).toEqual({
      barriers: ["barriers.setbackNeedsReason"],
    });
    expect(submit(values({ status: "IN_PROGRESS", barriers: barriers({ FUNDING: "" }) }), "COMPLETED").ok).toBe(true);
    expect(errorsOf(submit(values({ status: "DISCONTINUED" }), "IN_PROGRESS"))).toEqual({
      barriers: ["barriers.discontinuedNeedsReason"],
    });
  });

  it("reports every problem at once, so one round trip shows them all", () => {
    const result = submit({
      status: "COMPLETED",
      percentComplete: "101",
      narrative: "",
      evidence: [{ url: "javascript:alert(1)", label: "" }],
      milestoneIds: [],
      barriers: emptyBarriers(),
    });
    expect(Object.keys(errorsOf(result)).sort()).toEqual(["evidence.0.url", "narrative", "percentComplete"]);
  });
});

describe("progressUpdateValuesFromForm", () => {
  it("reads repeated rows in order, drops blank spare rows and keeps every barrier kind", () => {
    const form = new FormData();
    form.set("status", "IN_PROGRESS");
    form.set("percentComplete", "50");
    form.set("narrative", "Text");
    for (const [url, label] of [
      ["https://a.example", "A"],
      ["", ""],
      ["", "label only"],
    ]) {
      form.append("evidenceUrl", url!);
      form.append("evidenceLabel", label!);
    }
    // The third row's "secretariat only" box is ticked (unticked boxes send nothing); the row keeps it.
    form.append("evidencePrivate", "2");
    form.append("milestone", MILESTONE);
    form.append("milestone", MILESTONE);
    form.append("barrier", "SECURITY");
    form.set("barrierDetail.SECURITY", "Road closed");
    form.set("barrierDetail.LEGAL", "typed but not ticked");
    const read = progressUpdateValuesFromForm(form);
    expect(read.evidence).toEqual([
      { url: "https://a.example", label: "A", secretariatOnly: false },
      { url: "", label: "label only", secretariatOnly: true },
    ]);
    expect(read.milestoneIds).toEqual([MILESTONE]);
    expect(read.barriers.map((b) => b.kind)).toEqual([
      "FUNDING",
      "CAPACITY",
      "POLITICAL",
      "SECURITY",
      "LEGAL",
      "OTHER",
    ]);
    expect(read.barriers.find((b) => b.kind === "SECURITY")).toEqual({
      kind: "SECURITY",
      selected: true,
      detail: "Road closed",
    });
    expect(read.barriers.find((b) => b.kind === "LEGAL")).toEqual({
      kind: "LEGAL",
      selected: false,
      detail: "typed but not ticked",
    });
  });
});

describe("updateTargetSchema", () => {
  const commitmentId = "3f1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";
  it("is either a new update (no draft, no version) or a draft with a positive whole version", () => {
    expect(updateTargetSchema.parse({ commitmentId, draftId: "", version: "" })).toEqual({
      commitmentId,
      draftId: "",
      version: "",
    });
    expect(updateTargetSchema.parse({ commitmentId, draftId: MILESTONE, version: "3" })).toEqual({
      commitmentId,
      draftId: MILESTONE,
      version: 3,
    });
    expect(updateTargetSchema.safeParse({ commitmentId, draftId: MILESTONE, version: "" }).success).toBe(false);
    expect(updateTargetSchema.safeParse({ commitmentId, draftId: "", version: "2" }).success).toBe(false);
    expect(updateTargetSchema.safeParse({ commitmentId: "colombia", draftId: "", version: "" }).success).toBe(false);
    expect(updateTargetSchema.safeParse({ commitmentId, draftId: MILESTONE, version: "0" }).success).toBe(false);
  });
});

describe("secretariat-only parts (decision 0023)", () => {
  it("keeps a passage and a link's flag, trimmed, and refuses an overlong passage", () => {
    const result = validateDraft({
      ...values({}),
      privatePassage: "  Names of the survivors  ",
      evidence: [{ url: "https://www.example.org/list.pdf", label: "", secretariatOnly: true }],
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        privatePassage: "Names of the survivors",
        evidence: [{ url: "https://www.example.org/list.pdf", label: null, secretariatOnly: true }],
      },
    });
    expect(validateDraft({ ...values({}), privatePassage: "x".repeat(NARRATIVE_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      fieldErrors: { privatePassage: ["privatePassage.tooLong"] },
    });
  });
});
