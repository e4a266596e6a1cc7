// Text PostgreSQL cannot store, posted to the forms as Next calls their actions (a NUL character: FormData itself
// turns half a surrogate pair into U+FFFD, so only NUL arrives this way): each comes back "invalid" with that field's error and what was typed, and nothing is written. The check is
// the wrapper's (lib/actions/safe-action.ts), so it holds for every form; these are the forms people type most in.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { INITIAL_FORM_STATE } from "@/lib/forms/form-state";
import { createCommitment, createFocalPoint, createMember, createSecretariat } from "@/prisma/seed/factories";
import { postProgressUpdateAction } from "./post-progress-update";
import { proposeCommitmentAction } from "./propose-commitment";
import { saveThemeAction } from "./save-theme";
import { reviewUpdateAction } from "./review-update";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

let focalPoint: SessionUser;
let secretariat: SessionUser;
let memberId: string;

beforeAll(async () => {
  memberId = (await createMember(db)).id;
  focalPoint = await sessionUserOf((await createFocalPoint(db, memberId)).user.id);
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
});

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

const NUL = "\u0000";
const UNSTORABLE = ["unstorableText"];

describe("text that cannot be stored", () => {
  it("in a progress update: the narrative, an evidence label, a barrier's detail each get their own error", async () => {
    session.user = focalPoint;
    const commitment = await createCommitment(db, memberId);
    const narrative = `Trained 40 mediators.${NUL}`;
    for (const intent of ["save", "autosave", "submit"]) {
      const state = await postProgressUpdateAction(
        INITIAL_FORM_STATE,
        form({
          commitmentId: commitment.id,
          draftId: "",
          version: "",
          intent,
          status: "IN_PROGRESS",
          percentComplete: "40",
          narrative,
          evidenceUrl: ["https://example.org/report", ""],
          evidenceLabel: [`Report ${NUL}`, ""],
          barrier: "FUNDING",
          "barrierDetail.FUNDING": `Budget ${NUL} cut`,
        }),
      );
      expect(state).toMatchObject({
        status: "invalid",
        fieldErrors: { narrative: UNSTORABLE, "evidence.0.label": UNSTORABLE, "barriers.FUNDING": UNSTORABLE },
        values: { narrative, evidence: [{ label: `Report ${NUL}` }] },
      });
    }
    expect(await db.progressUpdate.count({ where: { commitmentId: commitment.id } })).toBe(0);
  });

  it("in a proposal: the title and a milestone's title; nothing is proposed", async () => {
    session.user = focalPoint;
    const before = await db.commitment.count({ where: { memberId } });
    const state = await proposeCommitmentAction(
      INITIAL_FORM_STATE,
      form({
        title: `Fund mediation${NUL}`,
        description: "Core funding.",
        pillar: "PARTICIPATION",
        targetDate: "2030-06-30",
        milestoneId: ["", ""],
        milestoneTitle: ["First", `Second${NUL}`],
        milestoneDueDate: ["", ""],
      }),
    );
    expect(state).toMatchObject({
      status: "invalid",
      fieldErrors: { title: UNSTORABLE, "milestones.1.title": UNSTORABLE },
      values: { title: `Fund mediation${NUL}`, description: "Core funding." },
    });
    expect(await db.commitment.count({ where: { memberId } })).toBe(before);
  });

  it("in a theme's name, and in a hidden field no one typed: the form says so, nothing is saved", async () => {
    session.user = secretariat;
    const name = `Climate security ${crypto.randomUUID().slice(0, 6)}${NUL}`;
    expect(await saveThemeAction(INITIAL_FORM_STATE, form({ name, slug: "", description: "" }))).toMatchObject({
      status: "invalid",
      fieldErrors: { name: UNSTORABLE },
      values: { name },
    });
    expect(await db.theme.count({ where: { name: { startsWith: name.slice(0, 20) } } })).toBe(0);

    const hidden = await reviewUpdateAction(
      INITIAL_FORM_STATE,
      form({ updateId: crypto.randomUUID(), version: "1", decision: "return", comment: "Fine", returnQuery: NUL }),
    );
    expect(hidden).toMatchObject({ status: "invalid", fieldErrors: { form: UNSTORABLE }, values: { comment: "Fine" } });
  });

  it("is looked at only once the visitor is signed in: a signed-out visitor is told that first", async () => {
    session.user = null;
    expect(await saveThemeAction(INITIAL_FORM_STATE, form({ name: NUL }))).toMatchObject({ status: "signed_out" });
  });
});
