import { describe, expect, it } from "vitest";
import {
  commitmentDetailsValuesFromForm,
  emptyCommitmentDetails,
  validateCommitmentEdit,
  validateProposal,
  type CommitmentDetailsFormValues,
} from "./commitment-details";

const THEME = "3f1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";
const MEETING = "9a1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";
const MILESTONE = "7b1c1e7a-8a3b-4d2e-9c1f-0a1b2c3d4e5f";
const today = new Date("2026-06-01T10:00:00Z");

function values(overrides: Partial<CommitmentDetailsFormValues> = {}): CommitmentDetailsFormValues {
  return {
    ...emptyCommitmentDetails(),
    title: "Train 200 women mediators",
    description: "A national programme for women mediators.",
    themeIds: [THEME],
    pillars: ["PARTICIPATION"],
    meetingId: MEETING,
    targetDate: "2027-12-31",
    milestones: [{ id: "", title: "Curriculum agreed", dueDate: "2026-12-01", remove: false }],
    indicatorName: "Women mediators trained",
    indicatorBaseline: "0",
    indicatorTarget: "200",
    indicatorUnit: "people",
    ...overrides,
  };
}

const errors = (result: { ok: boolean; fieldErrors?: Record<string, string[]> }) =>
  result.ok ? {} : result.fieldErrors;

describe("validateProposal", () => {
  it("accepts a complete proposal and converts its fields", () => {
    const result = validateProposal(values({ title: "  Train 200 women mediators " }), { today });
    expect(result).toEqual({
      ok: true,
      data: {
        title: "Train 200 women mediators",
        description: "A national programme for women mediators.",
        themeIds: [THEME],
        pillars: ["PARTICIPATION"],
        meetingId: MEETING,
        targetDate: new Date("2027-12-31T00:00:00Z"),
        milestones: [{ id: null, title: "Curriculum agreed", dueDate: new Date("2026-12-01T00:00:00Z"), sortOrder: 0 }],
        removedMilestoneIds: [],
        indicatorName: "Women mediators trained",
        indicatorBaseline: "0",
        indicatorTarget: "200",
        indicatorUnit: "people",
      },
    });
  });

  it("needs a title, a description, a theme, a pillar and a meeting", () => {
    const result = validateProposal(values({ title: " ", description: "", themeIds: [], pillars: [], meetingId: "" }), {
      today,
    });
    expect(errors(result)).toEqual({
      title: ["title.required"],
      description: ["description.required"],
      themeIds: ["themes.required"],
      pillars: ["pillars.required"],
      meetingId: ["meeting.required"],
    });
  });

  it("refuses made-up pillars and theme ids as errors of their group", () => {
    expect(errors(validateProposal(values({ pillars: ["PEACE"], themeIds: ["x"] }), { today }))).toEqual({
      pillars: ["pillars.required"],
      themeIds: ["themes.unknown"],
    });
  });

  it.each([
    ["2027-02-30", "targetDate.invalid"],
    ["31/12/2027", "targetDate.invalid"],
    ["20227-01-01", "targetDate.invalid"],
    ["1999-12-31", "targetDate.outOfRange"],
    ["2026-05-31", "targetDate.past"],
  ])("refuses %s as a target date (%s)", (targetDate, code) => {
    expect(errors(validateProposal(values({ targetDate }), { today }))).toEqual({ targetDate: [code] });
  });

  it("accepts today and no target date", () => {
    expect(validateProposal(values({ targetDate: "2026-06-01" }), { today }).ok).toBe(true);
    expect(validateProposal(values({ targetDate: "" }), { today }).ok).toBe(true);
  });

  it("checks milestones row by row", () => {
    const result = validateProposal(
      values({
        milestones: [
          { id: "", title: "", dueDate: "2026-10-01", remove: false },
          { id: "", title: "x".repeat(201), dueDate: "soon", remove: false },
        ],
      }),
      { today },
    );
    expect(errors(result)).toEqual({
      "milestones.0.title": ["milestones.title.required"],
      "milestones.1.title": ["milestones.title.tooLong"],
      "milestones.1.dueDate": ["milestones.dueDate.invalid"],
    });
  });

  it("needs an indicator name for a baseline, target or unit, and numbers for baseline and target", () => {
    expect(errors(validateProposal(values({ indicatorName: "" }), { today }))).toEqual({
      indicatorName: ["indicatorName.required"],
    });
    expect(errors(validateProposal(values({ indicatorBaseline: "ten", indicatorTarget: "1.234" }), { today }))).toEqual(
      {
        indicatorBaseline: ["indicator.number"],
        indicatorTarget: ["indicator.number"],
      },
    );
    expect(
      validateProposal(values({ indicatorName: "", indicatorBaseline: "", indicatorTarget: "", indicatorUnit: "" }), {
        today,
      }).ok,
    ).toBe(true);
  });

  it("takes the decimal mark of the person's language: a point, a comma, or the Arabic one with Arabic digits", () => {
    const indicator = (baseline: string, target: string) =>
      validateProposal(values({ indicatorBaseline: baseline, indicatorTarget: target }), { today });
    for (const [baseline, target] of [
      ["12,5", "30,75"],
      ["12.5", "30.75"],
      ["١٢٫٥", "٣٠٫٧٥"],
    ] as const) {
      const result = indicator(baseline, target);
      expect(result.ok && [result.data.indicatorBaseline, result.data.indicatorTarget]).toEqual(["12.5", "30.75"]);
    }
    expect(errors(indicator("1,234", "1 000"))).toEqual({
      indicatorBaseline: ["indicator.number"],
      indicatorTarget: ["indicator.number"],
    });
  });

  it("limits lengths", () => {
    expect(
      errors(validateProposal(values({ title: "x".repeat(201), description: "y".repeat(5001) }), { today })),
    ).toEqual({
      title: ["title.tooLong"],
      description: ["description.tooLong"],
    });
  });
});

describe("validateCommitmentEdit", () => {
  it("keeps a past target date (an overdue commitment stays overdue) and ignores pillars and meeting", () => {
    const result = validateCommitmentEdit(values({ targetDate: "2019-01-01", pillars: [], meetingId: "" }));
    expect(result.ok).toBe(true);
  });

  it("separates milestones to keep from milestones to remove, without checking what is removed", () => {
    const result = validateCommitmentEdit(
      values({
        milestones: [
          { id: MILESTONE, title: "", dueDate: "", remove: true },
          { id: "", title: "New one", dueDate: "", remove: false },
        ],
      }),
    );
    expect(result.ok && result.data).toMatchObject({
      milestones: [{ id: null, title: "New one", dueDate: null, sortOrder: 0 }],
      removedMilestoneIds: [MILESTONE],
    });
  });
});

describe("commitmentDetailsValuesFromForm", () => {
  it("reads milestone rows in order, marks removals by id and drops blank spare rows", () => {
    const form = new FormData();
    form.set("title", "T");
    for (const [id, title, due] of [
      [MILESTONE, "Existing", "2027-01-01"],
      ["", "", ""],
      ["", "New", ""],
    ]) {
      form.append("milestoneId", id!);
      form.append("milestoneTitle", title!);
      form.append("milestoneDueDate", due!);
    }
    form.append("milestoneRemove", MILESTONE);
    form.append("theme", THEME);
    form.append("theme", THEME);
    const read = commitmentDetailsValuesFromForm(form);
    expect(read.milestones).toEqual([
      { id: MILESTONE, title: "Existing", dueDate: "2027-01-01", remove: true },
      { id: "", title: "New", dueDate: "", remove: false },
    ]);
    expect(read.themeIds).toEqual([THEME]);
  });
});
