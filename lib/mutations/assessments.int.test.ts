// Independent assessments end to end against the real database (docs/decisions/0022-independent-assessments.md):
// a reviewer of an accredited organisation writes and submits, the secretariat publishes or returns, the public page
// shows the assessment beside the member's self-report without touching its status, and the member responds. Who may
// do each step, what a stale form gets, and what withdrawing an accreditation stops.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthorizationError } from "@/lib/auth/authorization-error";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { getAssessmentComparison } from "@/lib/data/public/get-assessment-comparison";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { GET as comparisonCsv } from "@/app/assessments/comparison.csv/route";
import { GET as listAssessments } from "@/app/api/v1/assessments/route";
import { AssessmentList } from "@/lib/api/schemas/assessments";
import { openDataSource } from "@/lib/data/open-data/open-data-source";
import { isoDay } from "@/lib/domain/iso-day";
import { getAssessmentForm } from "@/lib/data/workspace/get-assessment-form";
import { listAssessmentQueue } from "@/lib/data/secretariat/list-assessment-queue";
import {
  createAccreditedOrganisation,
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createReviewer,
  createSecretariat,
} from "@/prisma/seed/factories";
import { inviteFocalPoint } from "./invite-focal-point";
import { redactAssessment } from "./redact-assessment";
import { respondToAssessment } from "./respond-to-assessment";
import { reviewAssessment } from "./review-assessment";
import { setAccreditation } from "./set-accreditation";
import { writeAssessment } from "./write-assessment";

let secretariat: SessionUser;
let reviewer: SessionUser;
let colleague: SessionUser;
let focalPoint: SessionUser;
let otherFocalPoint: SessionUser;
let organisation: { id: string; name: string };
let member: { id: string; name: string };
let commitment: { id: string; slug: string };

const values = (overrides: Record<string, unknown> = {}) => ({
  status: "NOT_STARTED",
  narrative: "We found no trace of the promised sub-committee in 2024.",
  language: "fr",
  periodFrom: "2024-01-01",
  periodTo: "2024-12-31",
  evidence: [{ url: "https://example.org/shadow-report.pdf", label: "Shadow report" }],
  ...overrides,
});

const draft = (overrides: Record<string, unknown> = {}) => ({
  commitmentId: commitment.id,
  assessmentId: "",
  version: "",
  values: values(overrides),
});

beforeAll(async () => {
  organisation = await createAccreditedOrganisation(db);
  member = await createMember(db);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  reviewer = await sessionUserOf((await createReviewer(db, organisation.id)).user.id);
  colleague = await sessionUserOf((await createReviewer(db, organisation.id)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  otherFocalPoint = await sessionUserOf((await createFocalPoint(db, (await createMember(db)).id)).user.id);
});

beforeEach(async () => {
  commitment = await createCommitment(db, member.id);
  await createPublishedUpdate(db, commitment.id, { status: "COMPLETED", percentComplete: 100 });
  await db.commitment.update({
    where: { id: commitment.id },
    data: { currentStatus: "COMPLETED", currentPercent: 100 },
  });
});

async function submitted() {
  const result = await writeAssessment(reviewer, draft(), "submit");
  if (!result.ok) throw new Error(`not submitted: ${JSON.stringify(result)}`);
  return result;
}

describe("an assessment that disagrees with the self-report", () => {
  it("is drafted, submitted, published, and shown beside the member's report, which keeps its status", async () => {
    const saved = await writeAssessment(reviewer, draft({ narrative: "" }), "draft");
    expect(saved).toMatchObject({ ok: true, reviewState: "DRAFT", version: 1 });
    if (!saved.ok) return;
    // A draft is nobody's business but its author's: the public page has nothing yet.
    expect((await getCommitmentPage(commitment.slug))?.assessments).toEqual([]);

    const sent = await writeAssessment(
      reviewer,
      { commitmentId: commitment.id, assessmentId: saved.assessmentId, version: "1", values: values() },
      "submit",
    );
    expect(sent).toMatchObject({ ok: true, reviewState: "SUBMITTED", version: 2 });
    expect(await reviewAssessment(secretariat, { updateId: saved.assessmentId, version: "2" }, "publish")).toEqual({
      ok: true,
      assessmentId: saved.assessmentId,
    });

    const page = await getCommitmentPage(commitment.slug);
    expect(page?.status).toBe("COMPLETED");
    expect(page?.updates[0]?.status).toBe("COMPLETED");
    expect(page?.assessments).toHaveLength(1);
    expect(page?.assessments[0]).toMatchObject({
      status: "NOT_STARTED",
      language: "fr",
      organisation: { name: organisation.name },
      evidence: [{ url: "https://example.org/shadow-report.pdf", label: "Shadow report" }],
    });
    expect(isoDay(page!.assessments[0]!.periodTo)).toBe("2024-12-31");
    const stored = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(stored.currentStatus).toBe("COMPLETED");

    const audit = await db.auditLog.findMany({
      where: { entityType: "assessment", entityId: saved.assessmentId },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual([
      { action: "assessment.save_draft", actorId: reviewer.id },
      { action: "assessment.submit", actorId: reviewer.id },
      { action: "assessment.publish", actorId: secretariat.id },
    ]);
  });

  it("comes back to its reviewer with the secretariat's comment, and can be corrected and resubmitted", async () => {
    const { assessmentId } = await submitted();
    expect(
      await reviewAssessment(secretariat, { updateId: assessmentId, version: "1", comment: "" }, "return"),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { comment: ["comment.required"] },
    });
    expect(
      await reviewAssessment(
        secretariat,
        { updateId: assessmentId, version: "1", comment: "Cite the report." },
        "return",
      ),
    ).toMatchObject({ ok: true });
    const returned = await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } });
    expect(returned).toMatchObject({ reviewState: "RETURNED", reviewComment: "Cite the report.", version: 2 });
    const again = await writeAssessment(
      reviewer,
      { commitmentId: commitment.id, assessmentId, version: "2", values: values({ narrative: "Now with sources." }) },
      "submit",
    );
    expect(again).toMatchObject({ ok: true, reviewState: "SUBMITTED", version: 3 });
    expect((await getCommitmentPage(commitment.slug))?.assessments).toEqual([]);
  });
});

describe("the comparison of self-reports and assessments", () => {
  it("counts the member's commitment as disagreeing, in the page's table and in its CSV", async () => {
    const { assessmentId } = await submitted();
    await reviewAssessment(secretariat, { updateId: assessmentId, version: "1" }, "publish");
    const { byMember } = await getAssessmentComparison("en");
    const row = byMember.find((r) => r.name === member.name);
    // Earlier tests published assessments of this member's other commitments: every one of them disagrees too.
    expect(row).toMatchObject({ agree: 0, noSelfReport: 0 });
    expect(row!.disagree).toBe(row!.assessed);
    expect(row!.assessed).toBeGreaterThanOrEqual(1);

    const response = await comparisonCsv(new Request("http://localhost/assessments/comparison.csv?by=member"));
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const csv = (await response.text()).replace(/^\uFEFF/, "");
    expect(csv.split("\r\n")[0]).toBe("member_slug,member_name,assessed,agree,disagree,no_self_report");
    expect(csv).toContain(`${member.name},${row!.assessed},0,${row!.disagree},0`);
  });
});

describe("the API and the open data", () => {
  it("list the published assessment with its organisation, and never a draft or one under review", async () => {
    const { assessmentId } = await submitted();
    const draftOnly = await writeAssessment(reviewer, draft({ narrative: "Unfinished." }), "draft");
    expect(draftOnly.ok).toBe(true);
    await reviewAssessment(secretariat, { updateId: assessmentId, version: "1" }, "publish");
    await writeAssessment(reviewer, draft({ narrative: "Waiting for review." }), "submit");

    const response = await listAssessments(
      new Request(`http://localhost/api/v1/assessments?commitment=${commitment.slug}`),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(200);
    const body = AssessmentList.parse(await response.json());
    expect(body.meta.total).toBe(1);
    expect(body.data[0]).toMatchObject({
      id: assessmentId,
      organisation: { slug: expect.any(String), name: organisation.name },
      assessed_status: "not_started",
      period_from: "2024-01-01",
      period_to: "2024-12-31",
      language: "fr",
    });

    const rows = [];
    for await (const batch of openDataSource.assessments()) rows.push(...batch);
    const mine = rows.filter((row) => row.commitmentSlug === commitment.slug);
    expect(mine.map((row) => [row.id, row.organisationName, row.status])).toEqual([
      [assessmentId, organisation.name, "NOT_STARTED"],
    ]);
  });
});

describe("concurrency", () => {
  it("refuses a save over a version the form was not showing, and writes nothing", async () => {
    const saved = await writeAssessment(reviewer, draft(), "draft");
    if (!saved.ok) throw new Error("not saved");
    const edit = (narrative: string) => ({
      commitmentId: commitment.id,
      assessmentId: saved.assessmentId,
      version: "1",
      values: values({ narrative }),
    });
    expect(await writeAssessment(reviewer, edit("First tab."), "draft")).toMatchObject({ ok: true, version: 2 });
    expect(await writeAssessment(reviewer, edit("Second tab."), "draft")).toEqual({ ok: false, error: "conflict" });
    expect((await db.assessment.findUniqueOrThrow({ where: { id: saved.assessmentId } })).narrative).toBe("First tab.");
  });

  it("publishes once when two people decide on the same version", async () => {
    const { assessmentId } = await submitted();
    const [first, second] = await Promise.all([
      reviewAssessment(secretariat, { updateId: assessmentId, version: "1" }, "publish"),
      reviewAssessment(secretariat, { updateId: assessmentId, version: "1", comment: "No." }, "return"),
    ]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const decisions = await db.auditLog.count({
      where: { entityId: assessmentId, action: { in: ["assessment.publish", "assessment.return"] } },
    });
    expect(decisions).toBe(1);
  });
});

describe("validation", () => {
  it("refuses a period that ends before it starts or in the future, and a submission without text", async () => {
    expect(await writeAssessment(reviewer, draft({ periodTo: "2023-12-31" }), "draft")).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { periodTo: ["periodTo.beforeFrom"] },
    });
    expect(await writeAssessment(reviewer, draft({ periodTo: "2999-01-01" }), "draft")).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { periodTo: ["periodTo.future"] },
    });
    expect(await writeAssessment(reviewer, draft({ periodFrom: "2024-02-30" }), "draft")).toMatchObject({
      ok: false,
      fieldErrors: { periodFrom: ["periodFrom.invalid"] },
    });
    expect(await writeAssessment(reviewer, draft({ narrative: "  " }), "submit")).toMatchObject({
      ok: false,
      fieldErrors: { narrative: ["narrative.required"] },
    });
    expect(
      await writeAssessment(reviewer, draft({ evidence: [{ url: "javascript:alert(1)", label: "" }] }), "draft"),
    ).toMatchObject({ ok: false, fieldErrors: { "evidence.0.url": ["evidence.url.invalid"] } });
    expect(await db.assessment.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });
});

describe("who may do what", () => {
  it("refuses focal points and the secretariat as authors, and a colleague on someone else's draft", async () => {
    await expect(writeAssessment(focalPoint, draft(), "submit")).rejects.toBeInstanceOf(AuthorizationError);
    await expect(writeAssessment(secretariat, draft(), "submit")).rejects.toBeInstanceOf(AuthorizationError);
    const saved = await writeAssessment(reviewer, draft(), "draft");
    if (!saved.ok) throw new Error("not saved");
    await expect(
      writeAssessment(
        colleague,
        { commitmentId: commitment.id, assessmentId: saved.assessmentId, version: "1", values: values() },
        "submit",
      ),
    ).rejects.toBeInstanceOf(AuthorizationError);
    expect(await db.assessment.count({ where: { commitmentId: commitment.id } })).toBe(1);
  });

  it("lets only the secretariat publish or return", async () => {
    const { assessmentId } = await submitted();
    await expect(
      reviewAssessment(reviewer, { updateId: assessmentId, version: "1" }, "publish"),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(
      reviewAssessment(focalPoint, { updateId: assessmentId, version: "1" }, "publish"),
    ).rejects.toBeInstanceOf(AuthorizationError);
    expect((await db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).reviewState).toBe("SUBMITTED");
  });
});

describe("accreditation", () => {
  it("stops an organisation's reviewers when withdrawn, keeps what was published, and can be given again", async () => {
    const ngo = await createAccreditedOrganisation(db, { accreditedAt: null });
    const ngoReviewer = await sessionUserOf((await createReviewer(db, ngo.id)).user.id);
    await expect(writeAssessment(ngoReviewer, draft(), "draft")).rejects.toBeInstanceOf(AuthorizationError);

    expect(await setAccreditation(secretariat, { memberId: ngo.id, decision: "accredit" })).toMatchObject({
      ok: true,
      accredited: true,
    });
    const sent = await writeAssessment(ngoReviewer, draft(), "submit");
    if (!sent.ok) throw new Error("not submitted");
    await reviewAssessment(secretariat, { updateId: sent.assessmentId, version: "1" }, "publish");

    expect(await setAccreditation(secretariat, { memberId: ngo.id, decision: "withdraw" })).toMatchObject({
      ok: true,
      accredited: false,
    });
    await expect(writeAssessment(ngoReviewer, draft(), "draft")).rejects.toBeInstanceOf(AuthorizationError);
    const page = await getCommitmentPage(commitment.slug);
    expect(page?.assessments.map((a) => a.organisation.name)).toEqual([ngo.name]);
    expect(await setAccreditation(secretariat, { memberId: ngo.id, decision: "withdraw" })).toEqual({
      ok: false,
      error: "wrong_state",
    });
  });

  it("accredits civil society only, and only at the secretariat's hand", async () => {
    expect(await setAccreditation(secretariat, { memberId: member.id, decision: "accredit" })).toEqual({
      ok: false,
      error: "wrong_state",
    });
    const ngo = await createAccreditedOrganisation(db, { accreditedAt: null });
    await expect(setAccreditation(focalPoint, { memberId: ngo.id, decision: "accredit" })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect((await db.member.findUniqueOrThrow({ where: { id: ngo.id } })).accreditedAt).toBeNull();
  });

  it("invites reviewers for accredited organisations only, through the focal points' invitation", async () => {
    const invite = (memberId: string) => ({
      email: `reviewer-${crypto.randomUUID().slice(0, 8)}@test.example.org`,
      name: "Invited reviewer",
      memberId,
      role: "REVIEWER",
    });
    const ngo = await createAccreditedOrganisation(db, { accreditedAt: null });
    expect(await inviteFocalPoint(secretariat, invite(ngo.id))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { memberId: ["member_not_accredited"] },
    });
    const invited = await inviteFocalPoint(secretariat, invite(organisation.id));
    expect(invited).toMatchObject({ ok: true });
    if (!invited.ok) return;
    const user = await db.user.findUniqueOrThrow({ where: { id: invited.userId } });
    expect(user).toMatchObject({ role: "REVIEWER", memberId: organisation.id, active: false });
  });
});

describe("the member's response", () => {
  it("is published at once under the assessment by the member's focal point, and refused to anyone else", async () => {
    const { assessmentId } = await submitted();
    // Nothing to answer before the assessment is published.
    expect(await respondToAssessment(focalPoint, { assessmentId, text: "Too early." })).toEqual({
      ok: false,
      error: "not_found",
    });
    await reviewAssessment(secretariat, { updateId: assessmentId, version: "1" }, "publish");
    await expect(
      respondToAssessment(otherFocalPoint, { assessmentId, text: "Not ours to answer." }),
    ).rejects.toBeInstanceOf(AuthorizationError);
    await expect(respondToAssessment(reviewer, { assessmentId, text: "Not ours." })).rejects.toBeInstanceOf(
      AuthorizationError,
    );
    expect(await respondToAssessment(focalPoint, { assessmentId, text: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { text: ["text.required"] },
    });
    expect(
      await respondToAssessment(focalPoint, {
        assessmentId,
        text: "The sub-committee met twice; minutes follow.",
        language: "en",
      }),
    ).toMatchObject({ ok: true, commitmentSlug: commitment.slug });
    const page = await getCommitmentPage(commitment.slug);
    expect(page?.assessments[0]?.responses).toMatchObject([
      { text: "The sub-committee met twice; minutes follow.", language: "en", member: { name: member.name } },
    ]);
  });
});

describe("secretariat-only parts and redaction (decision 0023)", () => {
  const privateValues = {
    privatePassage: "The witness lives near the market.",
    evidence: [
      { url: "https://example.org/shadow-report.pdf", label: "Shadow report" },
      { url: "https://example.org/witness-statement.pdf", label: "Witness statement", secretariatOnly: true },
    ],
  };

  it("keeps a passage and a link marked secretariat only for the reviewer's form and the review queue", async () => {
    const saved = await writeAssessment(reviewer, draft(privateValues), "draft");
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const form = await getAssessmentForm(reviewer, commitment.slug);
    expect(form?.assessment?.values).toMatchObject({
      privatePassage: "The witness lives near the market.",
      "evidenceUrl.0": "https://example.org/shadow-report.pdf",
      "evidencePrivate.0": "",
      "evidenceUrl.1": "https://example.org/witness-statement.pdf",
      "evidencePrivate.1": "on",
    });
    const sent = await writeAssessment(
      reviewer,
      { commitmentId: commitment.id, assessmentId: saved.assessmentId, version: "1", values: values(privateValues) },
      "submit",
    );
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const queue = await listAssessmentQueue(secretariat, { page: 1 });
    const item = queue.items.find((candidate) => candidate.id === saved.assessmentId);
    expect(item?.privatePassage?.body).toBe("The witness lives near the market.");
    expect(item?.privateEvidence.map((link) => link.url)).toEqual(["https://example.org/witness-statement.pdf"]);
    expect(item?.evidence.map((link) => link.url)).toEqual(["https://example.org/shadow-report.pdf"]);

    await reviewAssessment(secretariat, { updateId: saved.assessmentId, version: "2" }, "publish");
    const page = JSON.stringify(await getCommitmentPage(commitment.slug));
    expect(page).toContain("https://example.org/shadow-report.pdf");
    expect(page).not.toContain("witness");
  });

  it("lets only the secretariat redact a published assessment, with a reason, and shows when", async () => {
    const sent = await submitted();
    const target = { updateId: sent.assessmentId, version: "1", part: "narrative", reason: "Names a witness." };
    // Not published yet: nothing to redact.
    expect(await redactAssessment(secretariat, target)).toMatchObject({ ok: false, error: "wrong_state" });
    await reviewAssessment(secretariat, { updateId: sent.assessmentId, version: "1" }, "publish");
    const published = { ...target, version: "2" };
    await expect(redactAssessment(reviewer, published)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(redactAssessment(focalPoint, published)).rejects.toBeInstanceOf(AuthorizationError);
    expect(await redactAssessment(secretariat, { ...published, reason: " " })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await redactAssessment(secretariat, published)).toEqual({ ok: true, assessmentId: sent.assessmentId });
    expect(await redactAssessment(secretariat, published)).toMatchObject({ ok: false, error: "conflict" });

    const [shown] = (await getCommitmentPage(commitment.slug))!.assessments;
    expect(shown?.narrative).toBe("");
    expect(shown?.narrativeRedactedAt).toBeInstanceOf(Date);
    const audit = JSON.stringify(
      await db.auditLog.findMany({ where: { entityId: sent.assessmentId }, select: { after: true, before: true } }),
    );
    expect(audit).not.toContain("We found no trace");
    expect(audit).toContain("Names a witness.");
  });
});
