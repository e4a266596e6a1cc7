// Publishing a member's "Discontinued" update gives the commitment the reason its public page shows, in the same
// transaction and audit row as the rest of the publish; a later published update with another status clears it.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { getCommitmentPage } from "@/lib/data/public/get-commitment-page";
import { DECISION_COMMENT_MAX_LENGTH } from "@/lib/validation/commitment-decision";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { discontinueCommitment } from "./discontinue-commitment";
import { publishUpdate } from "./publish-update";

let secretariat: SessionUser;
let focalPoint: SessionUser;
let member: { id: string };
let commitment: { id: string; slug: string };

beforeAll(async () => {
  member = await createMember(db);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
});

beforeEach(async () => {
  commitment = await createCommitment(db, member.id);
  await createPublishedUpdate(db, commitment.id, { status: "IN_PROGRESS", percentComplete: 40 });
});

/** A focal point's update waiting for review. */
function submitted(
  status: "DISCONTINUED" | "IN_PROGRESS",
  narrative: string,
  barriers: { kind: "FUNDING" | "POLITICAL"; detail?: string }[] = [],
) {
  return db.progressUpdate.create({
    data: {
      commitmentId: commitment.id,
      authorId: focalPoint.id,
      status,
      percentComplete: 40,
      narrative,
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
      barriers: { create: barriers },
    },
  });
}

async function publish(updateId: string) {
  expect(await publishUpdate(secretariat, { updateId, version: "1" })).toMatchObject({ ok: true });
}

const publicReason = async () => {
  const page = await getCommitmentPage(commitment.slug);
  return { status: page?.status, reason: page?.discontinuedReason };
};

describe("publishing a Discontinued update", () => {
  it("sets the reason from the barriers' words, shows it on the public page and records it in the publish's audit row", async () => {
    const update = await submitted("DISCONTINUED", "We stopped the programme after the 2025 review.", [
      { kind: "FUNDING", detail: "The budget line was cut." },
      { kind: "POLITICAL", detail: "The new government ended the mandate." },
    ]);
    await publish(update.id);

    const reason = "The budget line was cut. The new government ended the mandate.";
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      currentStatus: "DISCONTINUED",
      discontinuedReason: reason,
    });
    expect(await publicReason()).toEqual({ status: "DISCONTINUED", reason });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "progress_update.publish", entityId: update.id },
    });
    expect(audit.before).toMatchObject({ commitment: { currentStatus: "IN_PROGRESS", discontinuedReason: null } });
    expect(audit.after).toMatchObject({ commitment: { currentStatus: "DISCONTINUED", discontinuedReason: reason } });
  });

  it("takes the narrative when no barrier has a detail, within the length a reason may have", async () => {
    const narrative = `The unit was merged into another department. ${"More background follows. ".repeat(80)}`;
    await publish((await submitted("DISCONTINUED", narrative, [{ kind: "POLITICAL" }])).id);
    const { discontinuedReason } = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    expect(discontinuedReason!.length).toBeLessThanOrEqual(DECISION_COMMENT_MAX_LENGTH);
    expect(discontinuedReason).toMatch(/^The unit was merged into another department\. More background follows\. .*…$/);
  });
});

describe("publishing an update that resumes a discontinued commitment", () => {
  it("clears the reason a member's Discontinued update gave", async () => {
    await publish((await submitted("DISCONTINUED", "Stopped.", [{ kind: "FUNDING", detail: "No funds." }])).id);
    const resumed = await submitted("IN_PROGRESS", "Funding is back; training resumed.");
    await publish(resumed.id);

    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      currentStatus: "IN_PROGRESS",
      discontinuedReason: null,
    });
    expect(await publicReason()).toEqual({ status: "IN_PROGRESS", reason: null });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "progress_update.publish", entityId: resumed.id },
    });
    expect(audit.before).toMatchObject({
      commitment: { currentStatus: "DISCONTINUED", discontinuedReason: "No funds." },
    });
    expect(audit.after).toMatchObject({ commitment: { currentStatus: "IN_PROGRESS", discontinuedReason: null } });
  });

  it("clears the reason the secretariat gave when it discontinued the commitment", async () => {
    const { version } = await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } });
    const input = { commitmentId: commitment.id, version: String(version), reason: "The member left the Network." };
    expect(await discontinueCommitment(secretariat, input)).toMatchObject({ ok: true });
    await publish((await submitted("IN_PROGRESS", "We rejoined and resumed the work.")).id);
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      currentStatus: "IN_PROGRESS",
      discontinuedReason: null,
    });
  });
});
