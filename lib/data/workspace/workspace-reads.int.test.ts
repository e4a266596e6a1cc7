// What the workspace pages read, against real PostgreSQL: only the focal point's own member, most urgent first, the
// update form prefilled from the right update, and a history in which colleagues' drafts stay private.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import { getCommitmentForUpdate } from "./get-commitment-for-update";
import { getWorkspaceCommitment } from "./get-workspace-commitment";
import { listMyCommitments } from "./list-my-commitments";

let own: SessionUser;
let colleague: SessionUser;
let other: SessionUser;
let secretariat: SessionUser;
let memberId: string;

beforeAll(async () => {
  const member = await createMember(db);
  memberId = member.id;
  own = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  colleague = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  other = await sessionUserOf((await createFocalPoint(db, (await createMember(db)).id)).user.id);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
});

describe("listMyCommitments", () => {
  it("lists the member's approved commitments most urgent first, proposals apart, drafts only to their author", async () => {
    const quiet = await createCommitment(db, memberId, { title: "A quiet one" });
    const returned = await createCommitment(db, memberId, { title: "Z returned" });
    const reported = await createCommitment(db, memberId, { title: "B reported" });
    const finished = await createCommitment(db, memberId, { title: "C finished" });
    const proposal = await createCommitment(db, memberId, { title: "D proposed", approval: "PROPOSED" });
    await createCommitment(db, (await createMember(db)).id, { title: "Someone else's" });
    await createPublishedUpdate(db, reported.id, { publishedAt: new Date() });
    await createPublishedUpdate(db, finished.id, { status: "COMPLETED", percentComplete: 100 });
    await db.progressUpdate.create({
      data: {
        commitmentId: returned.id,
        authorId: own.id,
        status: "IN_PROGRESS",
        narrative: "x",
        reviewState: "RETURNED",
        reviewComment: "Add the decree.",
      },
    });
    await db.progressUpdate.create({
      data: {
        commitmentId: quiet.id,
        authorId: colleague.id,
        status: "IN_PROGRESS",
        narrative: "colleague's draft",
        reviewState: "DRAFT",
      },
    });

    const { commitments, proposals } = await listMyCommitments(own);
    const mine = commitments.filter((c) => [quiet.id, returned.id, reported.id, finished.id].includes(c.id));
    expect(commitments.map((c) => c.title)).not.toContain("Someone else's");
    expect(mine.map((c) => [c.title, c.urgency])).toEqual([
      ["Z returned", "RETURNED"],
      // No cycle may exist in this database, or the one another test made: either way it is not reported.
      ["A quiet one", mine.find((c) => c.id === quiet.id)!.urgency],
      ["B reported", mine.find((c) => c.id === reported.id)!.urgency],
      ["C finished", "FINISHED"],
    ]);
    expect(mine[0]).toMatchObject({
      latest: { state: "RETURNED", comment: "Add the decree." },
      ownOpenUpdate: { state: "RETURNED" },
    });
    // The colleague's draft is theirs: this focal point sees no update on the quiet commitment.
    expect(mine[1]).toMatchObject({ latest: { state: null }, ownOpenUpdate: null });
    expect(proposals.map((p) => p.id)).toContain(proposal.id);
    expect(commitments.map((c) => c.id)).not.toContain(proposal.id);
  });

  it("is refused to the secretariat", async () => {
    await expect(listMyCommitments(secretariat)).rejects.toMatchObject({ reason: "forbidden" });
  });
});

describe("getCommitmentForUpdate", () => {
  it("prefills from the latest published update, narrative included, from the author's draft once there is one", async () => {
    const commitment = await createCommitment(db, memberId);
    await createPublishedUpdate(db, commitment.id, {
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: 80,
      narrative: "Last year's report.",
      evidence: { create: { url: "https://example.org/report", label: "Report" } },
      barriers: { create: { kind: "FUNDING", detail: "Late budget" } },
    });
    const fresh = await getCommitmentForUpdate(own, commitment.slug);
    expect(fresh?.draft).toBeNull();
    expect(fresh?.values).toMatchObject({
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: "80",
      narrative: "Last year's report.",
      milestoneIds: [],
      evidence: [{ url: "https://example.org/report", label: "Report" }],
    });
    expect(fresh?.values.barriers.find((b) => b.kind === "FUNDING")).toEqual({
      kind: "FUNDING",
      selected: true,
      detail: "Late budget",
    });
    expect(fresh?.lastPublished?.values.narrative).toBe("Last year's report.");

    const noChange = await getCommitmentForUpdate(own, commitment.slug, {
      noChangeNarrative: "No change since the last report.",
    });
    expect(noChange?.values).toMatchObject({
      status: "SUBSTANTIALLY_COMPLETE",
      percentComplete: "80",
      narrative: "No change since the last report.",
    });

    const draft = await db.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: own.id,
        status: "COMPLETED",
        percentComplete: 100,
        narrative: "My draft",
      },
    });
    const resumed = await getCommitmentForUpdate(own, commitment.slug);
    expect(resumed?.draft).toMatchObject({ id: draft.id, version: 1, reviewState: "DRAFT" });
    expect(resumed?.values).toMatchObject({ status: "COMPLETED", narrative: "My draft" });
    // The colleague does not get this draft: they start from the published update.
    expect((await getCommitmentForUpdate(colleague, commitment.slug))?.draft).toBeNull();
  });

  it("opens the draft named in the address when an author has a returned update and a new draft", async () => {
    const commitment = await createCommitment(db, memberId);
    const draft = await db.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: own.id, status: "IN_PROGRESS", narrative: "New draft" },
    });
    const returned = await db.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        authorId: own.id,
        status: "IN_PROGRESS",
        narrative: "Returned",
        reviewState: "RETURNED",
      },
    });
    expect((await getCommitmentForUpdate(own, commitment.slug))?.draft?.id).toBe(returned.id);
    expect((await getCommitmentForUpdate(own, commitment.slug, { draftId: draft.id }))?.values.narrative).toBe(
      "New draft",
    );
    // Someone else's draft id in the address opens nothing of theirs.
    const theirs = await db.progressUpdate.create({
      data: { commitmentId: commitment.id, authorId: colleague.id, status: "IN_PROGRESS", narrative: "Theirs" },
    });
    expect((await getCommitmentForUpdate(own, commitment.slug, { draftId: theirs.id }))?.draft).toBeNull();
  });

  it("is null for another member's commitment, a proposal, the secretariat and a malformed slug", async () => {
    const commitment = await createCommitment(db, memberId);
    const proposal = await createCommitment(db, memberId, { approval: "PROPOSED" });
    expect(await getCommitmentForUpdate(other, commitment.slug)).toBeNull();
    expect(await getCommitmentForUpdate(secretariat, commitment.slug)).toBeNull();
    expect(await getCommitmentForUpdate(own, proposal.slug)).toBeNull();
    expect(await getCommitmentForUpdate(own, "../etc/passwd")).toBeNull();
  });
});

describe("getWorkspaceCommitment", () => {
  it("shows every state with the secretariat's comments, but a colleague's draft only to them", async () => {
    const commitment = await createCommitment(db, memberId);
    await createPublishedUpdate(db, commitment.id, { authorId: colleague.id });
    await db.progressUpdate.createMany({
      data: [
        {
          commitmentId: commitment.id,
          authorId: own.id,
          status: "IN_PROGRESS",
          narrative: "own draft",
          reviewState: "DRAFT",
        },
        {
          commitmentId: commitment.id,
          authorId: colleague.id,
          status: "IN_PROGRESS",
          narrative: "their draft",
          reviewState: "DRAFT",
        },
        {
          commitmentId: commitment.id,
          authorId: colleague.id,
          status: "IN_PROGRESS",
          narrative: "returned",
          reviewState: "RETURNED",
          reviewComment: "Say more.",
        },
        {
          commitmentId: commitment.id,
          authorId: own.id,
          status: "IN_PROGRESS",
          narrative: "submitted",
          reviewState: "SUBMITTED",
        },
      ],
    });
    const page = await getWorkspaceCommitment(own, commitment.slug);
    expect(page?.updates.map((u) => u.narrative).sort()).toEqual(
      ["A progress update created by a test.", "own draft", "returned", "submitted"].sort(),
    );
    expect(page?.updates.find((u) => u.narrative === "returned")).toMatchObject({
      reviewComment: "Say more.",
      isMine: false,
    });
    expect(await getWorkspaceCommitment(other, commitment.slug)).toBeNull();
    expect(await getWorkspaceCommitment(secretariat, commitment.slug)).toBeNull();
  });
});
