// A commitment whose published updates carry everything that must stay out of public channels (decision 0023): a
// passage and an evidence link marked "secretariat only", written through the focal point's form path and published
// by the secretariat; and a narrative and an evidence link the secretariat redacted after publication. Its
// independent assessments carry the same: a private passage and link written through the reviewer's write path, and
// a narrative, a link and a member's response the secretariat redacted. Every such text holds `marker`, unique per
// call, so a test can search any public response for it.
import crypto from "node:crypto";
import type { Db } from "@/lib/db";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { computeCycleReport } from "@/lib/data/secretariat/reporting/compute-cycle-report";
import { publishUpdate } from "@/lib/mutations/publish-update";
import { redactAssessment } from "@/lib/mutations/redact-assessment";
import { redactUpdate } from "@/lib/mutations/redact-update";
import { respondToAssessment } from "@/lib/mutations/respond-to-assessment";
import { reviewAssessment } from "@/lib/mutations/review-assessment";
import { writeAssessment } from "@/lib/mutations/write-assessment";
import { submitUpdate } from "@/lib/mutations/submit-update";
import { emptyBarriers, type ProgressUpdateFormValues } from "@/lib/validation/progress-update-fields";
import {
  createAccreditedOrganisation,
  createCommitment,
  createFocalPoint,
  createMember,
  createReviewer,
  createSecretariat,
} from "@/prisma/seed/factories";

export async function createPrivateScenario(db: Db) {
  const word = crypto.randomBytes(4).toString("hex");
  const marker = `qzmarker${word}`;
  const theme = await db.theme.create({
    data: { slug: `private-theme-${word}`, name: `Safety theme ${word}`, description: "A test theme.", sortOrder: 600 },
  });
  const member = await createMember(db, { name: `Safety member ${word}` });
  const author = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const colleague = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  const commitment = await createCommitment(db, member.id, { title: `Protect shelters ${word}`, themeIds: [theme.id] });

  const secretsKept = {
    passage: `Survivor Amina ${marker} private passage`,
    url: `https://example.org/${marker}/private-evidence.pdf`,
    label: `Private label ${marker}`,
  };
  const secretsRedacted = {
    narrative: `Shelter address ${marker} redacted narrative`,
    url: `https://example.org/${marker}/redacted-evidence.pdf`,
    label: `Redacted label ${marker}`,
  };
  const publicText = { narrative: `Public narrative ${word}`, url: `https://example.org/public-${word}.pdf` };

  const write = async (values: Partial<ProgressUpdateFormValues>) => {
    const result = await submitUpdate(author, {
      commitmentId: commitment.id,
      draftId: "",
      version: "",
      values: {
        status: "IN_PROGRESS",
        percentComplete: "40",
        narrative: "",
        evidence: [],
        milestoneIds: [],
        barriers: emptyBarriers(),
        ...values,
      },
    });
    if (!result.ok) throw new Error(`submit failed: ${JSON.stringify(result)}`);
    const published = await publishUpdate(secretariat, { updateId: result.updateId, version: String(result.version) });
    if (!published.ok) throw new Error(`publish failed: ${JSON.stringify(published)}`);
    return result.updateId;
  };

  const withPrivateParts = await write({
    narrative: publicText.narrative,
    privatePassage: secretsKept.passage,
    evidence: [
      { url: publicText.url, label: "Public report" },
      { url: secretsKept.url, label: secretsKept.label, secretariatOnly: true },
    ],
  });
  const redacted = await write({
    narrative: secretsRedacted.narrative,
    evidence: [{ url: secretsRedacted.url, label: secretsRedacted.label }],
  });
  // A closed cycle's report froze excerpts of both narratives before the redaction (lib/domain/report-snapshot.ts).
  const filed = await db.progressUpdate.findUniqueOrThrow({
    where: { id: redacted },
    select: {
      cycle: { select: { id: true, slug: true, name: true, startsOn: true, endsOn: true, dueOn: true, isDemo: true } },
    },
  });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const reported = filed.cycle ?? {
    ...{ id: crypto.randomUUID(), slug: `safety-${word}`, name: `Safety ${word}` },
    ...{ startsOn: today, endsOn: today, dueOn: today, isDemo: false },
  };
  // Dated far ahead so that no other test's update is filed in it or compared with it.
  const closedCycle = await db.reportingCycle.create({
    data: {
      slug: `safety-closed-${word}`,
      name: `Closed cycle ${word}`,
      startsOn: new Date("2099-01-01"),
      endsOn: new Date("2099-12-31"),
      dueOn: new Date("2099-12-31"),
      state: "CLOSED",
      closedAt: new Date(),
      snapshot: await computeCycleReport(db, reported, new Date()),
    },
  });
  const link = await db.evidenceLink.findFirstOrThrow({ where: { updateId: redacted }, select: { id: true } });
  for (const part of ["narrative", link.id]) {
    const { version } = await db.progressUpdate.findUniqueOrThrow({
      where: { id: redacted },
      select: { version: true },
    });
    const result = await redactUpdate(secretariat, {
      updateId: redacted,
      version: String(version),
      part,
      reason: "It could identify a survivor.",
    });
    if (!result.ok) throw new Error(`redaction failed: ${JSON.stringify(result)}`);
  }

  const assessments = await createPrivateAssessments(db, { word, marker, commitment, author, secretariat });

  return {
    word,
    marker,
    theme,
    member,
    commitment,
    author,
    colleague,
    secretariat,
    updates: { withPrivateParts, redacted },
    closedCycle,
    secretsKept,
    secretsRedacted,
    publicText,
    ...assessments,
  };
}

type Actor = Awaited<ReturnType<typeof sessionUserOf>>;

/** The commitment's independent assessments: one with private parts, one whose parts the secretariat redacted. */
async function createPrivateAssessments(
  db: Db,
  {
    word,
    marker,
    commitment,
    author,
    secretariat,
  }: { word: string; marker: string; commitment: { id: string } } & {
    author: Actor;
    secretariat: Actor;
  },
) {
  const organisation = await createAccreditedOrganisation(db, { name: `Safety watchdog ${word}` });
  const reviewer = await sessionUserOf((await createReviewer(db, organisation.id)).user.id);
  const reviewerColleague = await sessionUserOf((await createReviewer(db, organisation.id)).user.id);
  const assessmentKept = {
    passage: `Witness Amina ${marker} assessment private passage`,
    url: `https://example.org/${marker}/assessment-private.pdf`,
    label: `Assessment private label ${marker}`,
  };
  const assessmentRedacted = {
    narrative: `Safe house ${marker} redacted assessment`,
    url: `https://example.org/${marker}/assessment-redacted.pdf`,
    label: `Assessment redacted label ${marker}`,
    response: `Our reply names ${marker} and must go`,
  };
  const assessmentPublic = {
    narrative: `Public assessment ${word}`,
    url: `https://example.org/assessment-public-${word}.pdf`,
  };

  const publish = async (values: Record<string, unknown>) => {
    const written = await writeAssessment(
      reviewer,
      {
        commitmentId: commitment.id,
        assessmentId: "",
        version: "",
        values: { status: "NOT_STARTED", language: "en", periodFrom: "2024-01-01", periodTo: "2024-12-31", ...values },
      },
      "submit",
    );
    if (!written.ok) throw new Error(`assessment not submitted: ${JSON.stringify(written)}`);
    const input = { updateId: written.assessmentId, version: String(written.version) };
    const published = await reviewAssessment(secretariat, input, "publish");
    if (!published.ok) throw new Error(`assessment not published: ${JSON.stringify(published)}`);
    return written.assessmentId;
  };

  const withPrivateParts = await publish({
    narrative: assessmentPublic.narrative,
    privatePassage: assessmentKept.passage,
    evidence: [
      { url: assessmentPublic.url, label: "Public shadow report" },
      { url: assessmentKept.url, label: assessmentKept.label, secretariatOnly: true },
    ],
  });
  const redacted = await publish({
    narrative: assessmentRedacted.narrative,
    evidence: [{ url: assessmentRedacted.url, label: assessmentRedacted.label }],
  });
  const response = await respondToAssessment(author, {
    assessmentId: redacted,
    text: assessmentRedacted.response,
    language: "en",
  });
  if (!response.ok) throw new Error(`response not published: ${JSON.stringify(response)}`);
  const link = await db.assessmentEvidenceLink.findFirstOrThrow({
    where: { assessmentId: redacted },
    select: { id: true },
  });
  for (const part of ["narrative", link.id, response.responseId]) {
    const { version } = await db.assessment.findUniqueOrThrow({ where: { id: redacted }, select: { version: true } });
    const result = await redactAssessment(secretariat, {
      updateId: redacted,
      version: String(version),
      part,
      reason: "It could identify a witness.",
    });
    if (!result.ok) throw new Error(`assessment redaction failed: ${JSON.stringify(result)}`);
  }
  return {
    organisation,
    reviewer,
    reviewerColleague,
    assessments: { withPrivateParts, redacted, responseId: response.responseId },
    assessmentKept,
    assessmentRedacted,
    assessmentPublic,
  };
}

export type PrivateScenario = Awaited<ReturnType<typeof createPrivateScenario>>;
