import { describe, expect, it } from "vitest";
import {
  buildReportData,
  emptyTally,
  EXCERPT_MAX_LENGTH,
  EXCERPTS_PER_MEMBER,
  excerptOf,
  readSnapshot,
  viewReport,
  type GroupedFacts,
  type ReportInput,
} from "./report-snapshot";

const fact = (member: string, status: GroupedFacts["status"], reported: boolean, count: number, theme?: string) =>
  ({
    member,
    status,
    reported,
    freshness: reported ? "REPORTED" : "NOT_REPORTED",
    count,
    ...(theme ? { theme } : {}),
  }) as GroupedFacts & { theme: string };

const excerpt = (memberSlug: string, publishedAt: string, themeSlugs: string[] = ["training"]) => ({
  memberSlug,
  memberName: memberSlug.toUpperCase(),
  themeSlugs,
  commitmentSlug: `${memberSlug}-${publishedAt}`,
  commitmentTitle: "A commitment",
  status: "IN_PROGRESS" as const,
  percent: 40,
  publishedAt,
  narrative: "Trained 200 peacekeepers.",
  isDemo: false,
});

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    cycle: {
      slug: "2025-2026",
      name: "2025–2026",
      startsOn: "2025-04-01",
      endsOn: "2026-03-31",
      dueOn: "2026-03-01",
      isDemo: false,
    },
    asOf: "2026-04-01T00:00:00.000Z",
    updatesPublished: 3,
    containsDemonstrationData: false,
    themes: [
      { slug: "participation", name: "Participation" },
      { slug: "training", name: "Training" },
    ],
    members: [
      {
        slug: "colombia",
        name: "Colombia",
        kind: "MEMBER_STATE",
        isDemo: false,
        lastPublishedAt: "2026-02-01T09:00:00.000Z",
        updatesPublished: 2,
      },
      {
        slug: "ecowas",
        name: "ECOWAS",
        kind: "REGIONAL_ORGANISATION",
        isDemo: false,
        lastPublishedAt: null,
        updatesPublished: 0,
      },
      {
        slug: "sweden",
        name: "Sweden",
        kind: "MEMBER_STATE",
        isDemo: false,
        lastPublishedAt: "2026-01-01T09:00:00.000Z",
        updatesPublished: 1,
      },
    ],
    byMember: [
      fact("colombia", "IN_PROGRESS", true, 2),
      fact("colombia", "COMPLETED", true, 1),
      fact("colombia", "NOT_REPORTED", false, 1),
      fact("ecowas", "NOT_REPORTED", false, 3),
      fact("sweden", "SUBSTANTIALLY_COMPLETE", true, 1),
    ],
    byMemberTheme: [
      fact("colombia", "IN_PROGRESS", true, 2, "training"),
      fact("colombia", "COMPLETED", true, 1, "participation"),
      fact("colombia", "NOT_REPORTED", false, 1, "participation"),
      fact("ecowas", "NOT_REPORTED", false, 3, "training"),
      fact("sweden", "SUBSTANTIALLY_COMPLETE", true, 1, "training"),
      // A commitment with two themes is counted under each of them.
      fact("sweden", "SUBSTANTIALLY_COMPLETE", true, 1, "participation"),
    ],
    excerpts: [
      excerpt("colombia", "2026-02-01T09:00:00.000Z"),
      excerpt("colombia", "2026-01-15T09:00:00.000Z", ["participation"]),
      excerpt("colombia", "2025-12-01T09:00:00.000Z"),
      excerpt("sweden", "2026-01-01T09:00:00.000Z", ["participation", "training"]),
    ],
    ...overrides,
  };
}

describe("buildReportData", () => {
  const data = buildReportData(input());

  it("adds the grouped rows up into totals, per member, per theme and per member and theme", () => {
    expect(data.totals).toMatchObject({ commitments: 8, reported: 4 });
    expect(data.totals.status).toMatchObject({
      NOT_REPORTED: 4,
      IN_PROGRESS: 2,
      COMPLETED: 1,
      SUBSTANTIALLY_COMPLETE: 1,
      NOT_STARTED: 0,
    });
    expect(data.totals.freshness).toEqual({ REPORTED: 4, DUE: 0, NOT_REPORTED: 4, INACTIVE: 0 });
    expect(data.members.map((m) => [m.slug, m.tally.commitments, m.tally.reported])).toEqual([
      ["colombia", 4, 3],
      ["ecowas", 3, 0],
      ["sweden", 1, 1],
    ]);
    expect(data.themes.map((t) => [t.slug, t.tally.commitments])).toEqual([
      ["participation", 3],
      ["training", 6],
    ]);
    expect(data.memberThemes).toContainEqual(
      expect.objectContaining({
        member: "sweden",
        theme: "participation",
        tally: expect.objectContaining({ commitments: 1 }) as unknown,
      }),
    );
  });

  it("keeps the newest excerpts, at most a few per member, and shortens them", () => {
    expect(data.excerpts.map((e) => [e.memberSlug, e.publishedAt])).toEqual([
      ["colombia", "2026-02-01T09:00:00.000Z"],
      ["colombia", "2026-01-15T09:00:00.000Z"],
      ["sweden", "2026-01-01T09:00:00.000Z"],
    ]);
    expect(data.excerpts.filter((e) => e.memberSlug === "colombia")).toHaveLength(EXCERPTS_PER_MEMBER);
    expect(data.excerpts[0]).not.toHaveProperty("narrative");
    expect(data.excerpts[0]?.text).toBe("Trained 200 peacekeepers.");
  });

  it("is what a stored snapshot reads back as, after a JSON round trip", () => {
    expect(readSnapshot(JSON.parse(JSON.stringify(data)))).toEqual(data);
  });

  it("gives every theme and member a tally, zeros included", () => {
    const empty = buildReportData(input({ byMember: [], byMemberTheme: [], excerpts: [] }));
    expect(empty.totals).toEqual(emptyTally());
    expect(empty.themes.every((theme) => theme.tally.commitments === 0)).toBe(true);
  });
});

describe("readSnapshot", () => {
  it("refuses what is not a snapshot of this version", () => {
    const data = buildReportData(input());
    expect(readSnapshot(null)).toBeNull();
    expect(readSnapshot({})).toBeNull();
    expect(readSnapshot({ ...data, version: 2 })).toBeNull();
    expect(readSnapshot({ ...data, totals: { ...data.totals, commitments: -1 } })).toBeNull();
  });
});

describe("viewReport", () => {
  const data = buildReportData(input());

  it("shows the whole Network: headline figures, who reported, who did not", () => {
    const view = viewReport(data)!;
    expect(view.scope).toEqual({ member: null, theme: null });
    expect(view.headline).toEqual({
      commitments: 8,
      members: 3,
      completed: 1,
      completedPercent: 13,
      reported: 4,
      reportedPercent: 50,
      membersReported: 2,
      membersSilent: 1,
      updatesPublished: 3,
    });
    expect(view.reporting.none.map((m) => m.slug)).toEqual(["ecowas"]);
    expect(view.reporting.some.map((m) => m.slug)).toEqual(["colombia"]);
    expect(view.reporting.all.map((m) => m.slug)).toEqual(["sweden"]);
    expect(view.byTheme.map((t) => t.slug)).toEqual(["participation", "training"]);
  });

  it("narrows to one member: its figures, its themes, its excerpts", () => {
    const view = viewReport(data, { member: "colombia" })!;
    expect(view.scope.member).toEqual({ slug: "colombia", name: "Colombia" });
    expect(view.headline).toMatchObject({
      commitments: 4,
      reported: 3,
      members: 1,
      membersSilent: 0,
      updatesPublished: 2,
    });
    expect(view.byTheme.map((t) => [t.slug, t.tally.commitments])).toEqual([
      ["participation", 2],
      ["training", 2],
    ]);
    expect(view.excerpts.every((e) => e.memberSlug === "colombia")).toBe(true);
  });

  it("narrows to one theme: the members with commitments in it, and who of them reported", () => {
    const view = viewReport(data, { theme: "participation" })!;
    expect(view.headline).toMatchObject({ commitments: 3, updatesPublished: null });
    expect(view.byMember.map((m) => [m.slug, m.tally.commitments])).toEqual([
      ["colombia", 2],
      ["sweden", 1],
    ]);
    expect(view.reporting.none).toEqual([]);
    expect(view.excerpts.map((e) => e.memberSlug)).toEqual(["colombia", "sweden"]);
  });

  it("combines a member and a theme", () => {
    expect(viewReport(data, { member: "colombia", theme: "training" })!.headline.commitments).toBe(2);
  });

  it("answers null for a member or theme the report does not have", () => {
    expect(viewReport(data, { member: "atlantis" })).toBeNull();
    expect(viewReport(data, { theme: "unknown" })).toBeNull();
  });
});

describe("excerptOf", () => {
  it("keeps short narratives whole, with spaces tidied", () => {
    expect(excerptOf("  Trained\n\n200   peacekeepers. ")).toBe("Trained 200 peacekeepers.");
  });

  it("cuts long ones at a word, with an ellipsis", () => {
    const text = excerptOf(`${"word ".repeat(200)}end`);
    expect(text.length).toBeLessThanOrEqual(EXCERPT_MAX_LENGTH);
    expect(text.endsWith("word…")).toBe(true);
  });
});
