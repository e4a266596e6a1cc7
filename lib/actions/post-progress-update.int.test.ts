// The server action as Next calls it: FormData in, through the authorizing wrapper (lib/actions/safe-action.ts),
// with the session mocked (there is no request here) and everything below it real.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createFocalPoint, createMember } from "@/prisma/seed/factories";
import { postProgressUpdateAction } from "./post-progress-update";
import { INITIAL_PROGRESS_UPDATE_FORM_STATE } from "./post-progress-update-state";

// vi.mock is hoisted above the imports, so the action's wrapper sees this session.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));

let ownFocalPoint: SessionUser;
let otherFocalPoint: SessionUser;
let commitment: { id: string; slug: string };

beforeAll(async () => {
  const member = await createMember(db);
  const otherMember = await createMember(db);
  ownFocalPoint = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  otherFocalPoint = await sessionUserOf((await createFocalPoint(db, otherMember.id)).user.id);
  commitment = await createCommitment(db, member.id);
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const typed = { status: "SUBSTANTIALLY_COMPLETE", percentComplete: "80", narrative: "Almost there.", evidenceUrl: "" };

describe("postProgressUpdateAction", () => {
  it("publishes for the member's focal point and redirects to the workspace with a confirmation", async () => {
    session.user = ownFocalPoint;
    const submission = postProgressUpdateAction(
      INITIAL_PROGRESS_UPDATE_FORM_STATE,
      form({ ...typed, commitmentId: commitment.id, version: "1" }),
    );
    await expect(submission).rejects.toMatchObject({
      digest: expect.stringContaining(`/workspace?published=${commitment.slug}`),
    });
    expect(await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).toMatchObject({
      version: 2,
      currentStatus: "SUBSTANTIALLY_COMPLETE",
      currentPercent: 80,
    });
  });

  it("refuses another member's focal point in plain terms, keeping what they typed", async () => {
    session.user = otherFocalPoint;
    const before = await db.progressUpdate.count();
    const state = await postProgressUpdateAction(
      INITIAL_PROGRESS_UPDATE_FORM_STATE,
      form({ ...typed, commitmentId: commitment.id, version: "2" }),
    );
    expect(state).toEqual({ status: "refused", submission: 1, values: { ...typed, discontinuedReason: "" } });
    expect(await db.progressUpdate.count()).toBe(before);
    expect(await db.auditLog.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "authorization.refused",
      actorId: otherFocalPoint.id,
    });
  });

  it("tells a signed-out visitor their session ended, without calling the mutation's write", async () => {
    session.user = null;
    const [updates, audit] = await Promise.all([db.progressUpdate.count(), db.auditLog.count()]);
    const state = await postProgressUpdateAction(
      { status: "invalid", submission: 4 },
      form({ ...typed, commitmentId: commitment.id, version: "2" }),
    );
    expect(state).toMatchObject({ status: "signed_out", submission: 5, values: { narrative: "Almost there." } });
    expect([await db.progressUpdate.count(), await db.auditLog.count()]).toEqual([updates, audit]);
  });

  it("returns field errors and the typed values for invalid input", async () => {
    session.user = ownFocalPoint;
    const state = await postProgressUpdateAction(
      INITIAL_PROGRESS_UPDATE_FORM_STATE,
      form({ ...typed, percentComplete: "101", commitmentId: commitment.id, version: "2" }),
    );
    expect(state).toEqual({
      status: "invalid",
      submission: 1,
      fieldErrors: { percentComplete: ["percentComplete.range"] },
      values: { ...typed, percentComplete: "101", discontinuedReason: "" },
    });
  });

  it("reports a conflict with the commitment as it now stands, so the next save can go through", async () => {
    session.user = ownFocalPoint;
    const state = await postProgressUpdateAction(
      INITIAL_PROGRESS_UPDATE_FORM_STATE,
      form({ ...typed, commitmentId: commitment.id, version: "1" }),
    );
    expect(state).toMatchObject({
      status: "conflict",
      current: { version: 2, status: "SUBSTANTIALLY_COMPLETE", percentComplete: 80 },
      values: { narrative: "Almost there." },
    });
    expect(typeof state.current?.lastPublishedAt).toBe("string");
  });
});
