// The console's server actions as Next calls them: FormData in, through the authorizing wrapper, with the session
// mocked (there is no request here) and everything below it real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { deactivateFocalPointsAction } from "./deactivate-focal-points";
import { reviewUpdateAction } from "./review-update";
import { saveMemberAction } from "./save-member";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

let secretariat: SessionUser;
let focalPoint: SessionUser;
let commitmentId: string;

beforeAll(async () => {
  const member = await createMember(db);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  focalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  commitmentId = (await createCommitment(db, member.id)).id;
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

async function submitted() {
  return db.progressUpdate.create({
    data: {
      commitmentId,
      status: "IN_PROGRESS",
      narrative: "Work continued.",
      reviewState: "SUBMITTED",
      submittedAt: new Date(),
    },
  });
}

describe("reviewUpdateAction", () => {
  it("publishes and sends the reviewer back to the queue with a confirmation, keeping only plain list parameters", async () => {
    session.user = secretariat;
    const update = await submitted();
    const returnQuery = "member=abc&page=2&done=hacked&javascript:x=1";
    await expect(
      reviewUpdateAction(
        INITIAL_FORM_STATE,
        form({ updateId: update.id, version: "1", decision: "publish", comment: "", returnQuery }),
      ),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/secretariat/review?member=abc&page=2&done=published") as string,
    });
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).reviewState).toBe("PUBLISHED");
  });

  it("comes back with the field error and the typed values when returning without a comment", async () => {
    session.user = secretariat;
    const update = await submitted();
    const state = await reviewUpdateAction(
      { status: "idle", submission: 2 },
      form({ updateId: update.id, version: "1", decision: "return", comment: "  ", evidenceVerified: "on" }),
    );
    expect(state).toEqual({
      status: "invalid",
      submission: 3,
      values: { comment: "  ", evidenceVerified: "on" },
      fieldErrors: { comment: ["comment.required"] },
    });
  });

  it("refuses a focal point in plain terms (recorded) and tells a signed-out visitor to sign in", async () => {
    const update = await submitted();
    session.user = focalPoint;
    const refused = await reviewUpdateAction(
      INITIAL_FORM_STATE,
      form({ updateId: update.id, version: "1", decision: "publish" }),
    );
    expect(refused).toMatchObject({ status: "refused", submission: 1 });
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: focalPoint.id,
      entityId: update.id,
    });
    session.user = null;
    const signedOut = await reviewUpdateAction(
      INITIAL_FORM_STATE,
      form({ updateId: update.id, version: "1", comment: "Kept" }),
    );
    expect(signedOut).toMatchObject({ status: "signed_out", values: { comment: "Kept" } });
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: update.id } })).reviewState).toBe("SUBMITTED");
  });
});

describe("saveMemberAction", () => {
  it("explains what is wrong, keeping what was typed", async () => {
    session.user = secretariat;
    const state = await saveMemberAction(
      INITIAL_FORM_STATE,
      form({ name: "Atlantis", kind: "MEMBER_STATE", isoCode: "atl", regionalGroup: "" }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      values: { name: "Atlantis", isoCode: "atl" },
      fieldErrors: { isoCode: ["isoCode.unknown"], regionalGroup: ["regionalGroup.requiredForStates"] },
    });
  });
});

describe("deactivateFocalPointsAction", () => {
  it("deactivates the ticked focal points posted by the bulk form", async () => {
    session.user = secretariat;
    const member = await createMember(db);
    const people = await Promise.all([createFocalPoint(db, member.id), createFocalPoint(db, member.id)]);
    await expect(
      deactivateFocalPointsAction(
        INITIAL_FORM_STATE,
        form({ userIds: people.map((p) => p.user.id), returnQuery: "active=yes" }),
      ),
    ).rejects.toMatchObject({
      digest: expect.stringContaining("/secretariat/focal-points?active=yes&done=deactivated") as string,
    });
    expect(await db.user.count({ where: { id: { in: people.map((p) => p.user.id) }, active: false } })).toBe(2);
  });
});
