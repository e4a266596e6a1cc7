// The authorization matrix: EVERY exported server action (lib/actions/**, "use server" modules) and EVERY route
// handler (app/**/route.ts), called as an anonymous visitor, as the member's own focal point, as another member's
// focal point, as the secretariat and as a reviewer of an accredited civil-society organisation, against real PostgreSQL with only the session mocked. Each is declared below
// with the outcome intended for each of the five; the test fails when a new action or route appears without an entry.
//
// Adding an action: one entry in ACTIONS, keyed "<file>#<export>", with `expect` (one of the presets) and a `form`
// that builds a valid submission (creating what it needs). An allowed call must succeed (a redirect other than to
// sign-in, or a success state). A refused call must change nothing: the row count of every table and a fingerprint
// of the mutable tables are compared before and after, and the audit log may only have gained the refusal's own row
// ("authorization.refused", signed-in actors only). Only the PDF renderer (a headless browser, exercised end to end
// by e2e/secretariat-reporting.spec.ts) is replaced here.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { NextRequest } from "next/server";
import type * as NextServer from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { issueEmailLink } from "@/lib/auth/email-links";
import { createUserSession } from "@/lib/auth/user-sessions";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { db } from "@/lib/db";
import { CHART_IDS } from "@/lib/domain/dashboard-charts";
import type { Prisma } from "@/lib/generated/prisma/client";
import { previewImport } from "@/lib/imports/preview-import";
import { generateToken } from "@/lib/auth/email-link-token";
import { hashFollowAddress, unsubscribeToken } from "@/lib/follows/follow-secrets";
import { DOWNLOAD_FILES } from "@/lib/open-data/download-files";
import { databaseSnapshot as snapshot } from "@/lib/testing/database-snapshot";
import type * as RenderReportPdf from "@/lib/reporting/render-report-pdf";
import {
  createCommitment,
  createFocalPoint,
  createMember,
  createAccreditedOrganisation,
  createPublishedUpdate,
  createReviewer,
  createSecretariat,
} from "@/prisma/seed/factories";

// ---------------------------------------------------------------------------------------------------------------
// The request context, mocked: who is signed in, and what next/headers would answer outside a request.
const session = vi.hoisted(() => ({ user: null as SessionUser | null, ids: new Map<string, string>() }));
vi.mock("@/lib/auth/session", () => ({
  getSessionUser: () => Promise.resolve(session.user),
  getCurrentSession: () =>
    Promise.resolve(
      session.user
        ? { user: session.user, sessionId: session.ids.get(session.user.id), signedInAt: Math.floor(Date.now() / 1000) }
        : null,
    ),
}));
const requestContext = vi.hoisted(() => ({
  headers: () =>
    Promise.resolve(new Headers({ "user-agent": "authorization-matrix", "x-forwarded-for": "203.0.113.7" })),
  cookies: () =>
    Promise.resolve({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));
vi.mock("next/headers", () => requestContext);
// next-auth's route handler require()s next/headers at call time, which vi.mock does not reach: its CommonJS
// exports are pointed at the same stand-ins for the duration of this file.
const nextHeaders = createRequire(import.meta.url)("next/headers") as Record<string, unknown>;
const realNextHeaders = { ...nextHeaders };
Object.assign(nextHeaders, requestContext);
afterAll(() => {
  Object.assign(nextHeaders, realNextHeaders);
});
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof NextServer>()),
  after: (task: unknown) => {
    void Promise.resolve().then(() => (typeof task === "function" ? (task as () => unknown)() : task));
  },
}));
vi.mock("@/lib/reporting/render-report-pdf", async (importOriginal) => ({
  ...(await importOriginal<typeof RenderReportPdf>()),
  renderReportPdf: () => Promise.resolve(Buffer.from("%PDF-1.7\n% authorization matrix\n%%EOF\n")),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("next-intl");
  const { messages } = await import("@/lib/i18n/messages");
  const config = { locale: "en", messages: messages.en, timeZone: "UTC" } as const;
  return {
    getTranslations: (namespace?: string | { namespace?: string }) =>
      Promise.resolve(
        createTranslator({
          ...config,
          namespace: typeof namespace === "string" ? namespace : namespace?.namespace,
        } as never),
      ),
    getFormatter: () => Promise.resolve(createFormatter(config)),
    getLocale: () => Promise.resolve("en"),
    getMessages: () => Promise.resolve(messages.en),
    getNow: () => Promise.resolve(new Date()),
    getTimeZone: () => Promise.resolve("UTC"),
  };
});

// ---------------------------------------------------------------------------------------------------------------
// Actors and the world they act on.
const ACTORS = ["anonymous", "ownFocalPoint", "otherFocalPoint", "secretariat", "reviewer"] as const;
type ActorName = (typeof ACTORS)[number];
type Outcome = "allowed" | "refused";
type Expectations = Record<ActorName, Outcome>;

/** The secretariat's tools: nobody else. */
const SECRETARIAT_ONLY: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "refused",
  otherFocalPoint: "refused",
  secretariat: "allowed",
  reviewer: "refused",
};
/** Independent assessments: reviewers of an accredited organisation only (decision 0022). */
const REVIEWER_ONLY: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "refused",
  otherFocalPoint: "refused",
  secretariat: "refused",
  reviewer: "allowed",
};
/** A member's own data: its focal points only (the secretariat reviews, it does not write for members). */
const OWN_FOCAL_POINT_ONLY: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "allowed",
  otherFocalPoint: "refused",
  secretariat: "refused",
  reviewer: "refused",
};
/** No one: a write the record model forbids whoever asks (decision 0012). */
const NOBODY: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "refused",
  otherFocalPoint: "refused",
  secretariat: "refused",
  reviewer: "refused",
};
/** Any focal point, for their own member (the member comes from their account, never from the form). */
const ANY_FOCAL_POINT: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "allowed",
  otherFocalPoint: "allowed",
  secretariat: "refused",
  reviewer: "refused",
};
/** Anyone signed in, about their own account. */
const SIGNED_IN: Expectations = {
  anonymous: "refused",
  ownFocalPoint: "allowed",
  otherFocalPoint: "allowed",
  secretariat: "allowed",
  reviewer: "allowed",
};
/** No session needed: the emailed link (token) is the credential, checked by the mutation; or anyone may ask. */
const LINK_HOLDER: Expectations = {
  anonymous: "allowed",
  ownFocalPoint: "allowed",
  otherFocalPoint: "allowed",
  secretariat: "allowed",
  reviewer: "allowed",
};

type World = {
  member: { id: string; slug: string };
  otherMember: { id: string };
  users: Record<Exclude<ActorName, "anonymous">, SessionUser>;
  /** Each signed-in actor's current password (change-password changes it). */
  passwords: Record<Exclude<ActorName, "anonymous">, string>;
  themeIds: string[];
  themeSlug: string;
  meetingId: string;
  /** An approved commitment of the member, on the public record. */
  publicCommitmentSlug: string;
  /** A fresh approved commitment of the member, each call. */
  commitment: (
    overrides?: Partial<Prisma.CommitmentUncheckedCreateInput>,
  ) => Promise<{ id: string; slug: string; version: number }>;
  /** A fresh update of the member's focal point, submitted for review. */
  submittedUpdate: () => Promise<{ id: string; version: number }>;
  /** A fresh assessment of one of the member's commitments by the reviewer actor: submitted, or published. */
  assessment: (state: "SUBMITTED" | "PUBLISHED") => Promise<{ id: string; version: number }>;
  /** A fresh reporting cycle of the matrix's own (far in the future, never overlapping another). */
  cycle: (state: "PLANNED" | "OPEN") => Promise<{ id: string; slug: string }>;
  /** A report's cycle, for the PDF route. */
  reportCycleSlug: string;
  /** The unsubscribe token of a confirmed follow of the member. */
  unsubscribeToken: string;
};

/** Cycles that were open before this file ran: parked (one cycle is open at a time) and restored afterwards. */
let parkedCycles: string[] = [];
let cycleYear = 2200;

let world: World;
/** An import batch of the secretariat actor, for the progress route. */
let matrixBatchId = "";

beforeAll(async () => {
  parkedCycles = (await db.reportingCycle.findMany({ where: { state: "OPEN" }, select: { id: true } })).map(
    (c) => c.id,
  );
  await db.reportingCycle.updateMany({ where: { id: { in: parkedCycles } }, data: { state: "PLANNED" } });
  const member = await createMember(db);
  const otherMember = await createMember(db);
  const own = await createFocalPoint(db, member.id);
  const other = await createFocalPoint(db, otherMember.id);
  const staff = await createSecretariat(db);
  const ngo = await createReviewer(db, (await createAccreditedOrganisation(db)).id);
  const ownFocalPoint = await sessionUserOf(own.user.id);
  const otherFocalPoint = await sessionUserOf(other.user.id);
  const secretariat = await sessionUserOf(staff.user.id);
  const reviewer = await sessionUserOf(ngo.user.id);
  // Each signed-in actor has a session row, as after a real sign-in (changing a password keeps the current one).
  for (const { user } of [own, other, staff, ngo])
    session.ids.set(user.id, (await createUserSession({ userId: user.id, ip: "203.0.113.7" })).id);
  const suffix = crypto.randomUUID().slice(0, 8);
  const theme = await db.theme.create({ data: { slug: `matrix-theme-${suffix}`, name: `Matrix theme ${suffix}` } });
  const meeting = await db.meeting.create({
    data: {
      slug: `matrix-meeting-${suffix}`,
      title: "Matrix meeting",
      kind: "CAPITAL_LEVEL",
      city: "Test",
      country: "Test",
      startDate: new Date("2024-04-01"),
      endDate: new Date("2024-04-02"),
    },
  });
  const published = await createCommitment(db, member.id, { themeIds: [theme.id] });
  const follow = await followOf(member.id, "CONFIRMED");
  world = {
    unsubscribeToken: unsubscribeToken(follow.id),
    publicCommitmentSlug: published.slug,
    member,
    otherMember,
    users: { ownFocalPoint, otherFocalPoint, secretariat, reviewer },
    passwords: {
      ownFocalPoint: own.password,
      otherFocalPoint: other.password,
      secretariat: staff.password,
      reviewer: ngo.password,
    },
    themeIds: [theme.id],
    themeSlug: theme.slug,
    meetingId: meeting.id,
    commitment: async (overrides = {}) => {
      const c = await createCommitment(db, member.id, { themeIds: [theme.id], ...overrides });
      return { id: c.id, slug: c.slug, version: c.version };
    },
    submittedUpdate: async () => {
      const c = await createCommitment(db, member.id);
      const u = await db.progressUpdate.create({
        data: {
          commitmentId: c.id,
          authorId: ownFocalPoint.id,
          status: "IN_PROGRESS",
          percentComplete: 50,
          narrative: "Submitted for the matrix.",
          reviewState: "SUBMITTED",
          submittedAt: new Date(),
          evidence: { create: { url: "https://example.org/evidence" } },
        },
      });
      return { id: u.id, version: u.version };
    },
    assessment: async (state) => {
      const c = await createCommitment(db, member.id);
      const a = await db.assessment.create({
        data: {
          commitmentId: c.id,
          organisationId: reviewer.memberId!,
          authorId: reviewer.id,
          status: "NOT_STARTED",
          narrative: "Assessed for the matrix.",
          periodFrom: new Date("2024-01-01"),
          periodTo: new Date("2024-12-31"),
          reviewState: state,
          submittedAt: new Date(),
          publishedAt: state === "PUBLISHED" ? new Date() : null,
        },
      });
      return { id: a.id, version: a.version };
    },
    cycle: matrixCycle,
    reportCycleSlug: (await matrixCycle("PLANNED")).slug,
  };
  matrixBatchId = (await importBatch(world)).batchId;
});

async function matrixCycle(state: "PLANNED" | "OPEN") {
  const year = cycleYear++;
  return db.reportingCycle.create({
    data: {
      slug: `matrix-${year}-${crypto.randomUUID().slice(0, 8)}`,
      name: `Matrix cycle ${year}`,
      startsOn: new Date(`${year}-04-01`),
      endsOn: new Date(`${year + 1}-03-31`),
      dueOn: new Date(`${year + 1}-03-01`),
      state,
    },
    select: { id: true, slug: true },
  });
}

/** Closes the matrix's own open cycle, if any: the next test opens one. */
async function closeMatrixCycles() {
  await db.reportingCycle.updateMany({
    where: { slug: { startsWith: "matrix-" }, state: "OPEN" },
    data: { state: "CLOSED", closedAt: new Date() },
  });
}

afterAll(async () => {
  session.user = null;
  await closeMatrixCycles();
  await db.reportingCycle.updateMany({ where: { id: { in: parkedCycles } }, data: { state: "OPEN" } });
});

/** A person invited to the member who has not yet chosen a password. */
async function pendingInvitee(w: World) {
  const suffix = crypto.randomUUID().slice(0, 8);
  return db.user.create({
    data: {
      email: `invitee-${suffix}@test.example.org`,
      name: `Invitee ${suffix}`,
      role: "FOCAL_POINT",
      memberId: w.member.id,
      active: false,
    },
    select: { id: true },
  });
}

const NEW_PASSPHRASE = () => `matrix passphrase ${crypto.randomUUID()}`;

/** A follow of the member by a fresh address: waiting for confirmation (with its link's token) or confirmed. */
async function followOf(memberId: string, state: "PENDING" | "CONFIRMED") {
  const { token, tokenHash } = generateToken();
  const email = `follower-${crypto.randomUUID().slice(0, 8)}@test.example.org`;
  const row = await db.follow.create({
    data: {
      email,
      emailHash: hashFollowAddress(email),
      target: "MEMBER",
      targetId: memberId,
      locale: "en",
      frequency: "WEEKLY",
      state,
      ...(state === "PENDING"
        ? { confirmTokenHash: tokenHash, confirmExpiresAt: new Date(Date.now() + 60 * 60 * 1000) }
        : { confirmedAt: new Date(), deliveredThrough: new Date() }),
    },
  });
  return { id: row.id, token };
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

const updateFields = {
  status: "IN_PROGRESS",
  percentComplete: "40",
  narrative: "Reported through the authorization matrix.",
  evidenceUrl: ["https://example.org/report", ""],
  evidenceLabel: ["Report", ""],
};

const detailsFields = (w: World) => ({
  title: "A commitment from the matrix",
  description: "Proposed or edited by the authorization matrix.",
  theme: w.themeIds,
  pillar: "PARTICIPATION",
  meetingId: w.meetingId,
  targetDate: "2031-01-01",
});

// ---------------------------------------------------------------------------------------------------------------
// Server actions.
type ActionCase = {
  expect: Expectations;
  /** A valid submission for this action, built fresh for each call. */
  form: (w: World, actor: ActorName) => Promise<FormData> | FormData;
  /** Runs after the call (e.g. a changed password is the actor's password from then on). */
  settle?: (w: World, actor: ActorName) => Promise<void>;
  why?: string;
};
type ActionEntry = ActionCase | ActionCase[] | { skip: string };

const ACTIONS: Record<string, ActionEntry> = {
  // --- the focal point's workflow (this file's first author) ---
  "post-progress-update#postProgressUpdateAction": [
    {
      why: "save a draft",
      expect: OWN_FOCAL_POINT_ONLY,
      form: async (w) =>
        form({ ...updateFields, commitmentId: (await w.commitment()).id, draftId: "", version: "", intent: "save" }),
    },
    {
      why: "submit for review",
      expect: OWN_FOCAL_POINT_ONLY,
      form: async (w) =>
        form({ ...updateFields, commitmentId: (await w.commitment()).id, draftId: "", version: "", intent: "submit" }),
    },
    {
      why: "submit on a joint pledge another member leads, the member a co-member",
      expect: OWN_FOCAL_POINT_ONLY,
      form: async (w) => {
        const lead = await createMember(db);
        const joint = await createCommitment(db, lead.id, { coMemberIds: [w.member.id] });
        return form({ ...updateFields, commitmentId: joint.id, draftId: "", version: "", intent: "submit" });
      },
    },
    {
      why: "save a draft on the member's recommendation: progress is reported on pledges only",
      expect: NOBODY,
      form: async (w) =>
        form({
          ...updateFields,
          commitmentId: (await w.commitment({ kind: "RECOMMENDATION", addressedTo: ["NETWORK"] })).id,
          draftId: "",
          version: "",
          intent: "save",
        }),
    },
  ],
  "edit-commitment#editCommitmentAction": {
    expect: OWN_FOCAL_POINT_ONLY,
    form: async (w) => {
      const c = await w.commitment();
      return form({ ...detailsFields(w), commitmentId: c.id, version: String(c.version) });
    },
  },
  "propose-commitment#proposeCommitmentAction": {
    why: "each focal point proposes for their own member; the secretariat does not propose for members",
    expect: ANY_FOCAL_POINT,
    form: (w) => form(detailsFields(w)),
  },

  // --- access (invitations, passwords) ---
  "accept-invitation#acceptInvitationAction": {
    expect: LINK_HOLDER,
    form: async (w) => {
      const { token } = await issueEmailLink(db, { userId: (await pendingInvitee(w)).id, purpose: "INVITATION" });
      const password = NEW_PASSPHRASE();
      return form({ token, password, confirm: password });
    },
  },
  "reset-password#resetPasswordAction": {
    expect: LINK_HOLDER,
    form: async (w) => {
      const { user } = await createFocalPoint(db, w.member.id);
      const { token } = await issueEmailLink(db, { userId: user.id, purpose: "PASSWORD_RESET" });
      const password = NEW_PASSPHRASE();
      return form({ token, password, confirm: password });
    },
  },
  "sign-in-with-link#signInWithLinkAction": {
    expect: LINK_HOLDER,
    form: async (w) => {
      const { user } = await createFocalPoint(db, w.member.id);
      const { token } = await issueEmailLink(db, { userId: user.id, purpose: "SIGN_IN_LINK" });
      return form({ token });
    },
  },
  "request-follow#requestFollowAction": {
    why: "anyone may follow by email, with no account; the answer is the same whatever the address",
    expect: LINK_HOLDER,
    form: (w) =>
      form({
        email: `follower-${crypto.randomUUID().slice(0, 8)}@test.example.org`,
        target: "member",
        slug: w.member.slug,
        frequency: "IMMEDIATE",
        locale: "en",
      }),
  },
  "follow-links#confirmFollowAction": {
    why: "the holder of the confirmation link confirms, with no account",
    expect: LINK_HOLDER,
    form: async (w) => form({ token: (await followOf(w.member.id, "PENDING")).token }),
  },
  "follow-links#unsubscribeAction": {
    why: "the holder of the unsubscribe link unsubscribes, with no account",
    expect: LINK_HOLDER,
    form: async (w) => form({ token: unsubscribeToken((await followOf(w.member.id, "CONFIRMED")).id) }),
  },
  "request-password-reset#requestPasswordResetAction": {
    why: "anyone may ask; the answer is the same whatever the address",
    expect: LINK_HOLDER,
    form: () => form({ email: "nobody@test.example.org" }),
  },
  "change-password#changePasswordAction": {
    expect: SIGNED_IN,
    form: (w, actor) => {
      const password = NEW_PASSPHRASE();
      if (actor === "anonymous") return form({ current: "whatever it was", password, confirm: password });
      const current = w.passwords[actor];
      w.passwords[actor] = password;
      return form({ current, password, confirm: password });
    },
    settle: async (w, actor) => {
      // Their session version moved on with the new password.
      if (actor !== "anonymous") w.users[actor] = await sessionUserOf(w.users[actor].id);
    },
  },
  "set-preferred-locale#setPreferredLocaleAction": {
    why: "each user chooses their own account's language; the row written is the actor's",
    expect: SIGNED_IN,
    form: () => form({ locale: "fr" }),
  },
  "invite-focal-point#inviteFocalPointAction": {
    expect: SECRETARIAT_ONLY,
    form: (w) =>
      form({
        email: `matrix-${crypto.randomUUID().slice(0, 8)}@test.example.org`,
        name: "Invited",
        memberId: w.member.id,
      }),
  },

  // --- secretariat console ---
  "review-update#reviewUpdateAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const u = await w.submittedUpdate();
      return form({ updateId: u.id, version: String(u.version), decision: "publish" });
    },
  },
  "verify-evidence#verifyEvidenceAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const c = await w.commitment();
      const u = await createPublishedUpdate(db, c.id, { evidence: { create: { url: "https://example.org/e" } } });
      return form({ updateId: u.id, version: String(u.version) });
    },
  },
  "redact-update#redactUpdateAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const c = await w.commitment();
      const u = await createPublishedUpdate(db, c.id, { narrative: "Words the secretariat removes." });
      return form({ updateId: u.id, version: String(u.version), part: "narrative", reason: "Names a survivor." });
    },
  },
  "decide-proposal#decideProposalAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const c = await w.commitment({ approval: "PROPOSED" });
      return form({ commitmentId: c.id, version: String(c.version), decision: "approve" });
    },
  },
  "discontinue-commitment#discontinueCommitmentAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const c = await w.commitment();
      return form({ commitmentId: c.id, version: String(c.version), reason: "Stopped for the matrix." });
    },
  },
  "edit-commitment-record#editCommitmentRecordAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const c = await w.commitment();
      return form({
        commitmentId: c.id,
        version: String(c.version),
        kind: "RECOMMENDATION",
        addressedTo: ["NETWORK", "OTHER"],
        addresseeDetail: "Observers of the Network",
        editorialNote: "Set by the matrix.",
        coMemberIds: [w.otherMember.id],
        adoptedFromId: "",
      });
    },
  },
  "save-theme#saveThemeAction": {
    expect: SECRETARIAT_ONLY,
    form: () => form({ name: `Matrix theme ${crypto.randomUUID().slice(0, 8)}`, slug: "", description: "" }),
  },
  "save-translations#saveTranslationsAction": {
    expect: SECRETARIAT_ONLY,
    form: async () => {
      const suffix = crypto.randomUUID().slice(0, 8);
      const theme = await db.theme.create({
        data: { slug: `matrix-translate-${suffix}`, name: `Zz matrix translate ${suffix}`, sortOrder: 10_000 },
      });
      return form({ kind: "theme", id: theme.id, "fr.name": `Thème ${suffix}`, "version.fr": "0" });
    },
  },
  "move-theme#moveThemeAction": {
    expect: SECRETARIAT_ONLY,
    form: async () => {
      const suffix = crypto.randomUUID().slice(0, 8);
      const theme = await db.theme.create({
        data: { slug: `matrix-move-${suffix}`, name: `Zz matrix move ${suffix}`, sortOrder: 10_000 },
      });
      return form({ themeId: theme.id, direction: "up" });
    },
  },
  "save-member#saveMemberAction": {
    expect: SECRETARIAT_ONLY,
    form: () =>
      form({
        name: `Matrix member ${crypto.randomUUID().slice(0, 8)}`,
        shortName: "",
        slug: "",
        kind: "CIVIL_SOCIETY",
        isoCode: "",
        regionalGroup: "",
      }),
  },
  "save-meeting#saveMeetingAction": {
    expect: SECRETARIAT_ONLY,
    form: () =>
      form({
        title: `Matrix meeting ${crypto.randomUUID().slice(0, 8)}`,
        slug: "",
        kind: "OTHER",
        city: "Test",
        country: "Test",
        startDate: "2025-01-10",
        endDate: "2025-01-11",
        theme: "",
        sourceTitle: "",
        parentMeetingId: "",
        chairId: "",
      }),
  },
  "deactivate-focal-points#deactivateFocalPointsAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => form({ userIds: (await createFocalPoint(db, w.member.id)).user.id }),
  },
  "reactivate-focal-point#reactivateFocalPointAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => form({ userId: (await createFocalPoint(db, w.member.id, { active: false })).user.id }),
  },
  "reassign-focal-point#reassignFocalPointAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => form({ userId: (await createFocalPoint(db, w.member.id)).user.id, memberId: w.otherMember.id }),
  },
  "create-reporting-cycle#createReportingCycleAction": {
    expect: SECRETARIAT_ONLY,
    form: () => {
      const year = cycleYear++;
      return form({
        name: `Matrix cycle ${year}`,
        slug: "",
        startsOn: `${year}-04-01`,
        endsOn: `${year + 1}-03-31`,
        dueOn: `${year + 1}-03-01`,
      });
    },
  },
  "open-reporting-cycle#openReportingCycleAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      await closeMatrixCycles();
      return form({ cycleId: (await w.cycle("PLANNED")).id });
    },
  },
  "close-reporting-cycle#closeReportingCycleAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      await closeMatrixCycles();
      return form({ cycleId: (await w.cycle("OPEN")).id });
    },
  },
  "update-reporting-cycle#updateReportingCycleAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const cycle = await w.cycle("PLANNED");
      const year = Number(cycle.slug.split("-")[1]);
      return form({ cycleId: cycle.id, dueOn: `${year + 1}-02-01` });
    },
  },
  "send-reminder#sendReminderAction": {
    why: "the member's focal point has commitments not yet reported in the open cycle",
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      await closeMatrixCycles();
      await w.cycle("OPEN");
      return form({ target: "member", memberId: w.member.id, memberName: "Matrix member" });
    },
  },
  "confirm-import#confirmImportAction": {
    expect: SECRETARIAT_ONLY,
    why: "the batch is the secretariat's own upload",
    form: async (w) => {
      const batch = await importBatch(w);
      return form({ batchId: batch.batchId, sha256: batch.sha256 });
    },
  },
  "withdraw-invitation#withdrawInvitationAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => form({ userId: (await pendingInvitee(w)).id }),
  },

  // --- independent assessments (decision 0022) ---
  "save-assessment#saveAssessmentAction": [
    {
      why: "save a draft of an assessment of any member's commitment",
      expect: REVIEWER_ONLY,
      form: async (w) => form({ ...assessmentFields, commitmentId: (await w.commitment()).id, intent: "save" }),
    },
    {
      why: "submit an assessment for review",
      expect: REVIEWER_ONLY,
      form: async (w) => form({ ...assessmentFields, commitmentId: (await w.commitment()).id, intent: "submit" }),
    },
  ],
  "review-assessment#reviewAssessmentAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const a = await w.assessment("SUBMITTED");
      return form({ updateId: a.id, version: String(a.version), decision: "publish" });
    },
  },
  "set-accreditation#setAccreditationAction": {
    expect: SECRETARIAT_ONLY,
    form: async () => {
      const ngo = await createAccreditedOrganisation(db, { accreditedAt: null });
      return form({ memberId: ngo.id, decision: "accredit" });
    },
  },
  "redact-assessment#redactAssessmentAction": {
    expect: SECRETARIAT_ONLY,
    form: async (w) => {
      const a = await w.assessment("PUBLISHED");
      return form({ updateId: a.id, version: String(a.version), part: "narrative", reason: "Names a witness." });
    },
  },
  "respond-to-assessment#respondToAssessmentAction": {
    why: "the response to an assessment of the member's commitment is the member's own",
    expect: OWN_FOCAL_POINT_ONLY,
    form: async (w) =>
      form({ assessmentId: (await w.assessment("PUBLISHED")).id, text: "The member's response.", language: "en" }),
  },
};

const assessmentFields = {
  assessmentId: "",
  version: "",
  status: "NOT_STARTED",
  periodFrom: "2024-01-01",
  periodTo: "2024-12-31",
  narrative: "Assessed through the authorization matrix.",
  language: "en",
  "evidenceUrl.0": "https://example.org/shadow-report",
  "evidenceLabel.0": "Shadow report",
};

/** A previewed commitments import of the secretariat actor, creating one commitment of the member. */
async function importBatch(w: World) {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: w.meetingId }, select: { slug: true } });
  const slug = `matrix-import-${crypto.randomUUID().slice(0, 8)}`;
  const csv = [
    "commitment_slug,commitment_title,member_slug,meeting_slug,description,source_excerpt,commitment_kind,addressed_to",
    `${slug},Imported by the matrix,${w.member.slug},${meeting.slug},Described.,We will.,pledge,`,
  ].join("\r\n");
  const { batchId } = await previewImport(w.users.secretariat, "COMMITMENTS", {
    name: "matrix.csv",
    bytes: new TextEncoder().encode(csv),
  });
  const { sha256 } = await db.importBatch.findUniqueOrThrow({ where: { id: batchId }, select: { sha256: true } });
  return { batchId, sha256 };
}

const REFUSAL_STATUSES = new Set(["refused", "signed_out"]);
/** The states an action answers with when it did its work without redirecting. */
const SUCCESS_STATUSES = new Set(["saved", "sent", "done", "changed"]);

type Observed = { outcome: Outcome; succeeded: boolean; detail: string };

function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? "";
}

async function callAction(
  action: (state: unknown, data: FormData) => Promise<unknown>,
  data: FormData,
): Promise<Observed> {
  try {
    const state = (await action({ status: "idle", submission: 0 }, data)) as { status?: string } | undefined;
    const status = String(state?.status ?? "undefined");
    if (REFUSAL_STATUSES.has(status)) return { outcome: "refused", succeeded: false, detail: `state ${status}` };
    return { outcome: "allowed", succeeded: SUCCESS_STATUSES.has(status), detail: `state ${JSON.stringify(state)}` };
  } catch (error) {
    const target = redirectTarget(error);
    if (target === null) throw error;
    if (target.startsWith("/sign-in?callbackUrl="))
      return { outcome: "refused", succeeded: false, detail: `redirect ${target}` };
    return { outcome: "allowed", succeeded: true, detail: `redirect ${target}` };
  }
}

const actionFiles = fs
  .readdirSync(path.join(import.meta.dirname, "actions"), { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .filter((file) =>
    /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(
      fs.readFileSync(path.join(import.meta.dirname, "actions", file), "utf8"),
    ),
  );

async function exportedActions() {
  const found: { key: string; action: (state: unknown, data: FormData) => Promise<unknown> }[] = [];
  for (const file of actionFiles) {
    const imported = (await import(/* @vite-ignore */ `./actions/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(imported)) {
      if (typeof value === "function")
        found.push({ key: `${file.replace(/\.ts$/, "")}#${name}`, action: value as never });
    }
  }
  return found;
}

describe("server actions", () => {
  it("has an entry for every exported server action, and no entry for one that is gone", async () => {
    const keys = (await exportedActions()).map((a) => a.key).sort();
    expect(actionFiles.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !(key in ACTIONS))).toEqual([]);
    expect(Object.keys(ACTIONS).filter((key) => !keys.includes(key))).toEqual([]);
  });

  const cases = Object.entries(ACTIONS).flatMap(([key, entry]) =>
    "skip" in entry ? [] : (Array.isArray(entry) ? entry : [entry]).map((c) => ({ key, ...c })),
  );
  for (const actionCase of cases) {
    for (const actor of ACTORS) {
      const expected = actionCase.expect[actor];
      const label = `${actionCase.key}${actionCase.why ? ` (${actionCase.why})` : ""} as ${actor}: ${expected}`;
      it(label, async () => {
        const [file, name] = actionCase.key.split("#") as [string, string];
        const imported = (await import(/* @vite-ignore */ `./actions/${file}.ts`)) as Record<string, unknown>;
        const action = imported[name] as (state: unknown, data: FormData) => Promise<unknown>;
        const data = await actionCase.form(world, actor);
        session.user = actor === "anonymous" ? null : world.users[actor];
        const before = await snapshot();
        const observed = await callAction(action, data);
        session.user = null;
        await actionCase.settle?.(world, actor);
        expect(observed.outcome, observed.detail).toBe(expected);
        if (expected === "allowed") expect(observed.succeeded, observed.detail).toBe(true);
        if (expected === "refused") {
          const after = await snapshot();
          expect(after.counts).toEqual(before.counts);
          expect(after.fingerprint).toEqual(before.fingerprint);
          const added = await db.auditLog.findMany({
            where: { id: { gt: before.lastAuditId } },
            select: { action: true, actorId: true },
          });
          if (actor === "anonymous") expect(added).toEqual([]);
          else {
            expect(added.length).toBeLessThanOrEqual(1);
            for (const row of added)
              expect(row).toEqual({ action: "authorization.refused", actorId: world.users[actor].id });
          }
        }
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Route handlers.
type RouteCase = {
  /** The HTTP status intended for each actor. */
  expect: Record<ActorName, number>;
  url: (w: World) => string;
  params?: (w: World) => Record<string, string | string[]>;
  body?: Record<string, string>;
  /** Where a redirect must lead. */
  location?: RegExp;
  why?: string;
};
type RouteEntry = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", RouteCase | RouteCase[]>>;

const PUBLIC_READ: Record<ActorName, number> = {
  anonymous: 200,
  ownFocalPoint: 200,
  otherFocalPoint: 200,
  secretariat: 200,
  reviewer: 200,
};
const SECRETARIAT_READ: Record<ActorName, number> = {
  anonymous: 401,
  ownFocalPoint: 403,
  otherFocalPoint: 403,
  secretariat: 200,
  reviewer: 403,
};
const CORS_PREFLIGHT: Record<ActorName, number> = {
  anonymous: 204,
  ownFocalPoint: 204,
  otherFocalPoint: 204,
  secretariat: 204,
  reviewer: 204,
};
/** The same answer for everyone (a redirect, say). */
const everyone = (status: number): Record<ActorName, number> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<ActorName, number>;
const api = (p: string, params?: RouteCase["params"]): RouteEntry => ({
  GET: { expect: PUBLIC_READ, url: () => `http://localhost/api/v1${p}`, params },
  OPTIONS: { expect: CORS_PREFLIGHT, url: () => `http://localhost/api/v1${p}` },
});

const ROUTES: Record<string, RouteEntry> = {
  // next-auth's own endpoints: public by design (they are how one signs in). A form posted without next-auth's CSRF
  // token (a forged sign-in or sign-out) is answered with a redirect and does nothing. Signing in for real is
  // exercised end to end by e2e/access.spec.ts.
  "api/auth/[...nextauth]": {
    GET: [
      {
        why: "CSRF token",
        expect: PUBLIC_READ,
        url: () => "http://localhost/api/auth/csrf",
        params: () => ({ nextauth: ["csrf"] }),
      },
      {
        why: "providers",
        expect: PUBLIC_READ,
        url: () => "http://localhost/api/auth/providers",
        params: () => ({ nextauth: ["providers"] }),
      },
    ],
    POST: [
      {
        why: "sign-in without a CSRF token",
        expect: everyone(302),
        url: () => "http://localhost/api/auth/callback/credentials",
        params: () => ({ nextauth: ["callback", "credentials"] }),
        body: { email: "nobody@test.example.org", password: "not the password" },
        location: /\/api\/auth\/signin\?csrf=true$/,
      },
      {
        why: "sign-out without a CSRF token",
        expect: everyone(302),
        url: () => "http://localhost/api/auth/signout",
        params: () => ({ nextauth: ["signout"] }),
        location: /\/api\/auth\/signout\?csrf=true$/,
      },
    ],
  },
  "api/v1": api(""),
  "api/v1/openapi.json": api("/openapi.json"),
  "api/v1/commitments": api("/commitments"),
  "api/v1/commitments/[slug]": {
    GET: {
      expect: PUBLIC_READ,
      url: () => "http://localhost/api/v1/commitments/x",
      params: (w) => ({ slug: w.publicCommitmentSlug }),
    },
    OPTIONS: { expect: CORS_PREFLIGHT, url: () => "http://localhost/api/v1/commitments/x" },
  },
  "api/v1/meetings": api("/meetings"),
  "api/v1/members": api("/members"),
  "api/v1/members/[slug]": {
    GET: {
      expect: PUBLIC_READ,
      url: () => "http://localhost/api/v1/members/x",
      params: (w) => ({ slug: w.member.slug }),
    },
    OPTIONS: { expect: CORS_PREFLIGHT, url: () => "http://localhost/api/v1/members/x" },
  },
  "api/v1/themes": api("/themes"),
  "api/v1/updates": api("/updates"),
  "api/v1/assessments": api("/assessments"),
  "data/[file]": {
    GET: {
      expect: PUBLIC_READ,
      url: () => `http://localhost/data/${DOWNLOAD_FILES[0]!.file}`,
      params: () => ({ file: DOWNLOAD_FILES[0]!.file }),
    },
    OPTIONS: { expect: CORS_PREFLIGHT, url: () => `http://localhost/data/${DOWNLOAD_FILES[0]!.file}` },
  },
  "charts/[chart]/data.csv": {
    GET: {
      expect: PUBLIC_READ,
      url: () => `http://localhost/charts/${CHART_IDS[0]}/data.csv`,
      params: () => ({ chart: CHART_IDS[0] }),
    },
  },
  // Health checks for load balancers: machine text for anyone, no session read (lib/health).
  // The comparison of self-reports and independent assessments (decision 0022), as CSV.
  "assessments/comparison.csv": {
    GET: { expect: PUBLIC_READ, url: () => "http://localhost/assessments/comparison.csv?by=member" },
  },
  healthz: { GET: { expect: PUBLIC_READ, url: () => "http://localhost/healthz" } },
  readyz: { GET: { expect: PUBLIC_READ, url: () => "http://localhost/readyz" } },
  // Link previews and the sitemap: public pages' images and lists, readable by anyone (and any crawler).
  "charts/[chart]/image.png": {
    GET: {
      expect: PUBLIC_READ,
      url: () => `http://localhost/charts/${CHART_IDS[0]}/image.png`,
      params: () => ({ chart: CHART_IDS[0] }),
    },
  },
  "commitments/[slug]/preview.png": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/commitments/${w.publicCommitmentSlug}/preview.png`,
      params: (w) => ({ slug: w.publicCommitmentSlug }),
    },
  },
  "members/[slug]/preview.png": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/members/${w.member.slug}/preview.png`,
      params: (w) => ({ slug: w.member.slug }),
    },
  },
  "themes/[slug]/preview.png": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/themes/${w.themeSlug}/preview.png`,
      params: (w) => ({ slug: w.themeSlug }),
    },
  },
  "preview.png": { GET: { expect: PUBLIC_READ, url: () => "http://localhost/preview.png" } },
  "world-map.svg": { GET: { expect: PUBLIC_READ, url: () => "http://localhost/world-map.svg" } },
  "feed.xml": { GET: { expect: PUBLIC_READ, url: () => "http://localhost/feed.xml?locale=fr" } },
  "commitments/[slug]/feed.xml": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/commitments/${w.publicCommitmentSlug}/feed.xml`,
      params: (w) => ({ slug: w.publicCommitmentSlug }),
    },
  },
  "members/[slug]/feed.xml": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/members/${w.member.slug}/feed.xml`,
      params: (w) => ({ slug: w.member.slug }),
    },
  },
  "themes/[slug]/feed.xml": {
    GET: {
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/themes/${w.themeSlug}/feed.xml`,
      params: (w) => ({ slug: w.themeSlug }),
    },
  },
  "api/unsubscribe/[token]": {
    GET: {
      why: "opening the List-Unsubscribe address leads to the page with the button; it changes nothing",
      expect: everyone(303),
      url: (w) => `http://localhost/api/unsubscribe/${w.unsubscribeToken}`,
      params: (w) => ({ token: w.unsubscribeToken }),
      location: /\/unsubscribe\/[0-9a-f-]{36}-[A-Za-z0-9_-]+$/,
    },
    POST: {
      why: "a mail client's one-click unsubscribe (RFC 8058): the link is the authority, no account",
      expect: PUBLIC_READ,
      url: (w) => `http://localhost/api/unsubscribe/${w.unsubscribeToken}`,
      params: (w) => ({ token: w.unsubscribeToken }),
      body: { "List-Unsubscribe": "One-Click" },
    },
  },
  "sitemap.xml": { GET: { expect: PUBLIC_READ, url: () => "http://localhost/sitemap.xml" } },
  "sitemaps/[file]": {
    GET: {
      expect: PUBLIC_READ,
      url: () => "http://localhost/sitemaps/commitments-1.xml",
      params: () => ({ file: "commitments-1.xml" }),
    },
  },
  // The language switcher's links: remember the choice (a cookie, no account needed) and go to the page.
  language: {
    GET: {
      expect: everyone(303),
      url: () => "http://localhost/language?to=%2Ffr%2Fcommitments",
      location: /^http:\/\/localhost\/fr\/commitments$/,
    },
  },
  // Where a sign-in lands: a redirect to the callback address in the user's language, for anyone.
  "language/signed-in": {
    GET: {
      expect: everyone(303),
      url: () => "http://localhost/language/signed-in?to=%2Fworkspace",
    },
  },
  "[locale]/sign-in/prepare": {
    GET: {
      expect: everyone(303),
      url: () => "http://localhost/sign-in/prepare?callbackUrl=%2Fworkspace",
    },
  },
  "[locale]/secretariat/export/commitments": {
    // A permanent redirect to /secretariat/exports/csv (kept for bookmarks), which authorizes.
    GET: {
      expect: everyone(308),
      url: () => "http://localhost/secretariat/export/commitments",
    },
  },
  "[locale]/secretariat/exports/[format]": {
    GET: {
      expect: SECRETARIAT_READ,
      url: () => "http://localhost/secretariat/exports/csv",
      params: () => ({ format: "csv" }),
    },
  },
  "[locale]/secretariat/audit/export": {
    GET: { expect: SECRETARIAT_READ, url: () => "http://localhost/secretariat/audit/export" },
  },
  "[locale]/secretariat/members/export": {
    GET: { expect: SECRETARIAT_READ, url: () => "http://localhost/secretariat/members/export" },
  },
  "[locale]/secretariat/import/upload": {
    // A form without a file: the secretariat is sent back to the import page with the reason; nothing is written.
    POST: {
      expect: { anonymous: 401, ownFocalPoint: 403, otherFocalPoint: 403, secretariat: 303, reviewer: 403 },
      url: () => "http://localhost/secretariat/import/upload?kind=commitments",
      body: { note: "no file" },
    },
  },
  "secretariat/import/template/[file]": {
    GET: {
      expect: SECRETARIAT_READ,
      url: () => "http://localhost/secretariat/import/template/commitments-template.xlsx",
      params: () => ({ file: "commitments-template.xlsx" }),
    },
  },
  "[locale]/secretariat/import/[batch]/progress": {
    // The batch is the secretariat actor's own; nobody else may read how it goes.
    GET: {
      expect: SECRETARIAT_READ,
      url: () => "http://localhost/secretariat/import/x/progress",
      params: () => ({ batch: matrixBatchId }),
    },
  },
  "[locale]/secretariat/reports/[cycle]/pdf": {
    GET: {
      expect: SECRETARIAT_READ,
      url: (w) => `http://localhost/secretariat/reports/${w.reportCycleSlug}/pdf`,
      params: (w) => ({ cycle: w.reportCycleSlug }),
    },
  },
};

const appDir = path.join(import.meta.dirname, "..", "app");
const routeFiles = fs
  .readdirSync(appDir, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(`${path.sep}route.ts`) || file === "route.ts")
  .map((file) =>
    file
      .split(path.sep)
      .join("/")
      .replace(/\/?route\.ts$/, ""),
  );

describe("route handlers", () => {
  it("has an entry for every route handler, and no entry for one that is gone", () => {
    expect(routeFiles.length).toBeGreaterThan(0);
    expect(routeFiles.filter((route) => !(route in ROUTES)).sort()).toEqual([]);
    expect(Object.keys(ROUTES).filter((route) => !routeFiles.includes(route))).toEqual([]);
  });

  it("declares every method each route handler exports", async () => {
    const missing: string[] = [];
    for (const route of routeFiles) {
      const entry = ROUTES[route];
      if (!entry) continue;
      const imported = (await import(/* @vite-ignore */ `../app/${route}/route.ts`)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
        if (typeof imported[method] === "function" && !entry[method]) missing.push(`${method} /${route}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("builds every route that refuses anyone with the signed-in route wrapper, naming its own folder", async () => {
    const unwrapped: string[] = [];
    for (const [route, entry] of Object.entries(ROUTES)) {
      const imported = (await import(/* @vite-ignore */ `../app/${route}/route.ts`)) as Record<string, unknown>;
      for (const [method, declared] of Object.entries(entry) as [string, RouteCase | RouteCase[]][]) {
        const refuses = [declared].flat().some((c) => Object.values(c.expect).some((s) => s === 401 || s === 403));
        // lib/http/signed-in-route.ts marks its handlers with the route they say they are (their log lines carry it).
        const handler = imported[method] as { signedInRoute?: string };
        // Pages' route handlers live under app/[locale] and answer at the address without it (English) too.
        const address = `/${route.replace(/^\[locale\]\//, "")}`;
        if (refuses && handler.signedInRoute !== address) unwrapped.push(`${method} /${route}`);
      }
    }
    expect(unwrapped).toEqual([]);
  });

  const cases = Object.entries(ROUTES).flatMap(([route, entry]) =>
    (Object.entries(entry) as [string, RouteCase | RouteCase[]][]).flatMap(([method, declared]) =>
      (Array.isArray(declared) ? declared : [declared]).map((routeCase) => ({ route, method, ...routeCase })),
    ),
  );
  for (const routeCase of cases) {
    const { route, method } = routeCase;
    for (const actor of ACTORS) {
      it(`${method} /${route}${routeCase.why ? ` (${routeCase.why})` : ""} as ${actor}: ${routeCase.expect[actor]}`, async () => {
        const imported = (await import(/* @vite-ignore */ `../app/${route}/route.ts`)) as Record<string, unknown>;
        const handler = imported[method] as (request: Request, context: unknown) => Promise<Response>;
        session.user = actor === "anonymous" ? null : world.users[actor];
        const before = await snapshot();
        const body = routeCase.body ? new URLSearchParams(routeCase.body) : undefined;
        const response = await handler(new NextRequest(routeCase.url(world), { method, body }), {
          params: Promise.resolve(routeCase.params?.(world) ?? {}),
        });
        session.user = null;
        // Read to the end, as a client would (streamed downloads finish their work).
        await response.arrayBuffer();
        expect(response.status).toBe(routeCase.expect[actor]);
        if ([401, 403, 429].includes(response.status)) expect(response.headers.get("cache-control")).toBe("no-store");
        if (routeCase.location) expect(response.headers.get("location")).toMatch(routeCase.location);
        // Nothing here writes, whoever asks (a refused one's audit row aside).
        const after = await snapshot();
        expect(after.counts).toEqual(before.counts);
        expect(after.fingerprint).toEqual(before.fingerprint);
      });
    }
  }
});
