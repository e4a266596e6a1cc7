// The workspace's server actions as Next calls them: FormData in, through the authorizing wrapper
// (lib/actions/safe-action.ts), with the session mocked (there is no request here) and everything below it real.
// What matters here is the transport: what comes back to the form keeps what was typed, and success redirects.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createFocalPoint, createMember } from "@/prisma/seed/factories";
import { editCommitmentAction } from "./edit-commitment";
import { postProgressUpdateAction } from "./post-progress-update";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { proposeCommitmentAction } from "./propose-commitment";

// vi.mock is hoisted above the imports, so the actions' wrapper sees this session.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

let own: SessionUser;
let member: { id: string; slug: string };
let themeId: string;
let meetingId: string;

beforeAll(async () => {
  member = await createMember(db);
  own = await sessionUserOf((await createFocalPoint(db, member.id)).user.id);
  const suffix = crypto.randomUUID().slice(0, 8);
  themeId = (await db.theme.create({ data: { slug: `actions-theme-${suffix}`, name: `Actions theme ${suffix}` } })).id;
  meetingId = (
    await db.meeting.create({
      data: {
        slug: `actions-meeting-${suffix}`,
        title: "Actions meeting",
        kind: "OTHER",
        city: "Test",
        country: "Test",
        startDate: new Date("2024-01-01"),
        endDate: new Date("2024-01-01"),
      },
    })
  ).id;
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}

const typed = {
  status: "IN_PROGRESS",
  percentComplete: "55",
  narrative: "Typed in the form.",
  evidenceUrl: ["https://example.org/a", ""],
  evidenceLabel: ["A", ""],
  barrier: "CAPACITY",
  "barrierDetail.CAPACITY": "Two posts vacant",
};

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]!;
    throw error;
  }
  throw new Error("expected a redirect");
}

describe("postProgressUpdateAction", () => {
  it("saves a draft and tells the form which draft and version it now edits", async () => {
    session.user = own;
    const commitment = await createCommitment(db, member.id);
    const state = await postProgressUpdateAction(
      INITIAL_FORM_STATE,
      form({ ...typed, commitmentId: commitment.id, draftId: "", version: "", intent: "save" }),
    );
    expect(state).toMatchObject({ status: "saved", intent: "save", submission: 1, draft: { version: 1 } });
    expect(state.values?.barriers.find((b) => b.kind === "CAPACITY")).toEqual({
      kind: "CAPACITY",
      selected: true,
      detail: "Two posts vacant",
    });
    expect(new Date(state.savedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // Autosave goes through the same action, on the version the last save left.
    const autosaved = await postProgressUpdateAction(
      state,
      form({
        ...typed,
        narrative: "Still typing",
        commitmentId: commitment.id,
        draftId: state.draft!.id!,
        version: "1",
        intent: "autosave",
      }),
    );
    expect(autosaved).toMatchObject({
      status: "saved",
      intent: "autosave",
      draft: { id: state.draft!.id, version: 2 },
    });

    // A stale tab: refused, with what it typed and the stored values next to it.
    const stale = await postProgressUpdateAction(
      INITIAL_FORM_STATE,
      form({
        ...typed,
        narrative: "From a stale tab",
        commitmentId: commitment.id,
        draftId: state.draft!.id!,
        version: "1",
        intent: "save",
      }),
    );
    expect(stale).toMatchObject({
      status: "conflict",
      values: { narrative: "From a stale tab" },
      draft: { id: state.draft!.id, version: 2 },
      conflict: {
        reason: "changed",
        changes: [{ field: "narrative", theirs: ["Still typing"], mine: ["From a stale tab"] }],
      },
    });

    // Submitting redirects to the workspace, which confirms it.
    expect(
      await redirectOf(
        postProgressUpdateAction(
          stale,
          form({ ...typed, commitmentId: commitment.id, draftId: state.draft!.id!, version: "2", intent: "submit" }),
        ),
      ),
    ).toBe(`/workspace?submitted=${commitment.slug}`);
  });

  it("returns field errors and what was typed for bad input", async () => {
    session.user = own;
    const commitment = await createCommitment(db, member.id);
    const state = await postProgressUpdateAction(
      INITIAL_FORM_STATE,
      form({
        ...typed,
        percentComplete: "101",
        evidenceUrl: ["javascript:alert(1)"],
        evidenceLabel: ["x"],
        commitmentId: commitment.id,
        draftId: "",
        version: "",
        intent: "submit",
      }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { percentComplete: ["percentComplete.range"], "evidence.0.url": ["evidence.url.invalid"] },
      values: { percentComplete: "101", evidence: [{ url: "javascript:alert(1)", label: "x" }] },
    });
  });

  it("tells a signed-out visitor their session ended, keeping what they typed", async () => {
    session.user = null;
    const commitment = await createCommitment(db, member.id);
    const state = await postProgressUpdateAction(
      { status: "invalid", submission: 4 },
      form({ ...typed, commitmentId: commitment.id, draftId: "", version: "", intent: "save" }),
    );
    expect(state).toMatchObject({ status: "signed_out", submission: 5, values: { narrative: "Typed in the form." } });
  });
});

describe("the commitment details actions", () => {
  const details = () => ({
    title: "Fund women's mediation networks",
    description: "Core funding for three networks.",
    theme: themeId,
    pillar: "PARTICIPATION",
    meetingId,
    targetDate: "2030-06-30",
    milestoneId: ["", ""],
    milestoneTitle: ["First grants", ""],
    milestoneDueDate: ["2029-01-01", ""],
  });

  it("proposes, redirecting to the workspace; bad input comes back as typed", async () => {
    session.user = own;
    const invalid = await proposeCommitmentAction(INITIAL_FORM_STATE, form({ ...details(), title: "", pillar: [] }));
    expect(invalid).toMatchObject({
      status: "invalid",
      fieldErrors: { title: ["title.required"], pillars: ["pillars.required"] },
      values: {
        description: "Core funding for three networks.",
        milestones: [{ title: "First grants", dueDate: "2029-01-01" }],
      },
    });
    const target = await redirectOf(proposeCommitmentAction(invalid, form(details())));
    expect(target).toMatch(new RegExp(`^/workspace\\?proposed=${member.slug}-fund-women-s-mediation-networks`));
  });

  it("edits, redirecting to the commitment; a stale version comes back with the conflict and what was typed", async () => {
    session.user = own;
    const commitment = await createCommitment(db, member.id, { themeIds: [themeId] });
    const base = { ...details(), commitmentId: commitment.id };
    expect(await redirectOf(editCommitmentAction(INITIAL_FORM_STATE, form({ ...base, version: "1" })))).toBe(
      `/workspace/commitments/${commitment.slug}?edited=1`,
    );
    const stale = await editCommitmentAction(INITIAL_FORM_STATE, form({ ...base, version: "1", description: "Mine" }));
    expect(stale).toMatchObject({
      status: "conflict",
      values: { description: "Mine" },
      conflict: {
        version: 2,
        changes: [{ field: "description", theirs: ["Core funding for three networks."], mine: ["Mine"] }],
      },
    });
  });
});
