// The secretariat's list of published assessments (/secretariat/assessments), where it finds one to redact: against
// the real database, with what was redacted and what is private counted, the console's filters, and its refusals.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import { createMember } from "@/prisma/seed/factories";
import { createPrivateScenario, type PrivateScenario } from "@/lib/testing/private-scenario";
import { listPublishedAssessments } from "./list-published-assessments";

let scenario: PrivateScenario;

beforeAll(async () => {
  scenario = await createPrivateScenario(db);
}, 60_000);

describe("listPublishedAssessments", () => {
  it("lists a member's published assessments, newest first, with their redactions and private parts", async () => {
    const list = await listPublishedAssessments(scenario.secretariat, { memberId: scenario.member.id, page: 1 });
    expect(list.total).toBe(2);
    expect(list.items.map((item) => item.id)).toEqual([
      scenario.assessments.redacted,
      scenario.assessments.withPrivateParts,
    ]);
    const [redacted, kept] = list.items;
    expect(redacted).toMatchObject({
      narrativeRedactedAt: expect.any(Date),
      organisation: { name: scenario.organisation.name },
      commitment: { slug: scenario.commitment.slug },
      _count: { redactedEvidence: 1, privateEvidence: 0, responses: 1 },
      privatePassage: null,
    });
    expect(kept).toMatchObject({
      narrativeRedactedAt: null,
      _count: { redactedEvidence: 0, privateEvidence: 1, responses: 0 },
      privatePassage: { assessmentId: scenario.assessments.withPrivateParts },
    });
    // The list names what was removed, never the words.
    expect(JSON.stringify(list)).not.toContain(scenario.marker);
  });

  it("filters by the assessed commitment's member and theme", async () => {
    const byTheme = await listPublishedAssessments(scenario.secretariat, { themeId: scenario.theme.id, page: 1 });
    expect(byTheme.items.map((item) => item.commitment.slug)).toEqual([
      scenario.commitment.slug,
      scenario.commitment.slug,
    ]);
    const other = await createMember(db);
    expect(await listPublishedAssessments(scenario.secretariat, { memberId: other.id, page: 1 })).toMatchObject({
      total: 0,
      items: [],
      page: 1,
      pageCount: 1,
    });
  });

  it("is the secretariat's alone, and records a signed-in user's refusal", async () => {
    for (const user of [scenario.reviewer, scenario.author]) {
      await expect(listPublishedAssessments(user, { page: 1 })).rejects.toBeInstanceOf(AuthorizationError);
    }
    await expect(listPublishedAssessments(null, { page: 1 })).rejects.toMatchObject({ reason: "unauthenticated" });
    expect(
      await db.auditLog.count({
        where: { action: "authorization.refused", actorId: scenario.reviewer.id, entityId: "published_assessments" },
      }),
    ).toBe(1);
  });
});
