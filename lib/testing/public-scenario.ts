// A small public record for integration tests of the API and the downloads: what must be shown (approved
// commitments, published updates) next to what must never be (a proposed commitment, drafts, updates in review or
// returned, users' emails). Slugs and words are unique per call, so tests can filter on them in a shared database.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { createCommitment, createFocalPoint, createMember, createPublishedUpdate } from "@/prisma/seed/factories";

export async function createPublicScenario(db: Db) {
  const word = `zyxvut${crypto.randomBytes(3).toString("hex")}`;
  const theme = await db.theme.create({
    data: { slug: `theme-${word}`, name: `=Theme ${word}`, description: "A theme made by a test.", sortOrder: 500 },
  });
  const member = await createMember(db, {
    name: `Member ${word}`,
    kind: "MEMBER_STATE",
    isoCode: "KEN",
    regionalGroup: "AFRICAN",
  });
  const other = await createMember(db, {
    name: `NGO ${word}`,
    kind: "CIVIL_SOCIETY",
    isoCode: null,
    regionalGroup: null,
  });
  const focalPoint = await createFocalPoint(db, member.id);

  const reported = await createCommitment(db, member.id, {
    title: `Train peacekeepers ${word}, "all" of them,\nincluding police`,
    pillars: ["PROTECTION", "RELIEF_RECOVERY"],
    targetDate: new Date("2030-12-31T00:00:00Z"),
    indicatorName: "People trained",
    indicatorBaseline: "-12.5",
    indicatorTarget: "400",
    indicatorUnit: "people",
    themeIds: [theme.id],
  });
  await db.milestone.create({ data: { commitmentId: reported.id, title: "Curriculum written", sortOrder: 1 } });
  const published = await createPublishedUpdate(db, reported.id, {
    status: "SUBSTANTIALLY_COMPLETE",
    percentComplete: 75,
    verification: "EVIDENCE_VERIFIED",
    narrative: `Published narrative ${word}`,
    publishedAt: new Date("2026-03-01T09:30:00.000Z"),
    authorId: focalPoint.user.id,
  });
  await db.evidenceLink.create({
    data: { updateId: published.id, url: "https://example.org/report.pdf", label: "Report" },
  });
  await db.updateBarrier.create({ data: { updateId: published.id, kind: "FUNDING", detail: "Budget cut" } });
  const hidden = [];
  for (const reviewState of ["DRAFT", "SUBMITTED", "RETURNED"] as const) {
    hidden.push(
      await db.progressUpdate.create({
        data: {
          commitmentId: reported.id,
          authorId: focalPoint.user.id,
          status: "COMPLETED",
          percentComplete: 100,
          narrative: `Hidden ${reviewState} narrative ${word}`,
          reviewState,
          reviewComment: reviewState === "RETURNED" ? `Secret review comment ${word}` : null,
          submittedAt: reviewState === "DRAFT" ? null : new Date(),
        },
      }),
    );
  }

  const silent = await createCommitment(db, member.id, { title: `Silent commitment ${word}`, pillars: ["PREVENTION"] });
  const proposed = await createCommitment(db, member.id, {
    title: `Proposed commitment ${word}`,
    approval: "PROPOSED",
  });
  await createPublishedUpdate(db, proposed.id, { narrative: `Update on a proposed commitment ${word}` });

  return { word, theme, member, other, focalPoint, reported, published, hidden, silent, proposed };
}

export type PublicScenario = Awaited<ReturnType<typeof createPublicScenario>>;

/** Text that must never appear in anything public (the proposed commitment's slug may: a 404 repeats the path). */
export function secretsOf(scenario: PublicScenario): string[] {
  return [
    scenario.focalPoint.user.email,
    scenario.member.id,
    scenario.reported.id,
    scenario.proposed.id,
    `Proposed commitment ${scenario.word}`,
    `Secret review comment ${scenario.word}`,
    ...["DRAFT", "SUBMITTED", "RETURNED"].map((state) => `Hidden ${state} narrative ${scenario.word}`),
  ];
}
