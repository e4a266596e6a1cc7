// Factories for tests: each call makes rows with unique slugs and emails, so tests can share one database.
import crypto from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-user";
import { dayStart, todayIsoDay } from "@/lib/domain/iso-day";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const TEST_MEETING_SLUG = "test-meeting";

function uniqueSuffix(): string {
  return crypto.randomBytes(5).toString("hex");
}

export function createMember(db: Tx, overrides: Partial<Prisma.MemberUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  return db.member.create({
    data: {
      slug: `test-member-${suffix}`,
      name: `Test Member ${suffix}`,
      kind: "MEMBER_STATE",
      isoCode: "KEN",
      regionalGroup: "AFRICAN",
      ...overrides,
    },
  });
}

type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash">> & { password?: string };

/** A focal point of `memberId` who can sign in with the returned password. */
export async function createFocalPoint(db: Tx, memberId: string, overrides: UserOverrides = {}) {
  return createUser(db, { role: "FOCAL_POINT", memberId, ...overrides });
}

/** A secretariat user who can sign in with the returned password. */
export async function createSecretariat(db: Tx, overrides: UserOverrides = {}) {
  return createUser(db, { role: "SECRETARIAT", memberId: null, ...overrides });
}

/** A civil-society member accredited to publish independent assessments (decision 0022). */
export function createAccreditedOrganisation(db: Tx, overrides: Partial<Prisma.MemberUncheckedCreateInput> = {}) {
  return createMember(db, {
    kind: "CIVIL_SOCIETY",
    isoCode: null,
    regionalGroup: null,
    accreditedAt: new Date(),
    ...overrides,
  });
}

/** A reviewer of the civil-society organisation `organisationId`, who can sign in with the returned password. */
export async function createReviewer(db: Tx, organisationId: string, overrides: UserOverrides = {}) {
  return createUser(db, { role: "REVIEWER", memberId: organisationId, ...overrides });
}

async function createUser(db: Tx, { password = `test-password-${uniqueSuffix()}`, ...overrides }: UserOverrides) {
  const suffix = uniqueSuffix();
  const user = await db.user.create({
    data: {
      email: `test-${suffix}@test.example.org`,
      name: `Test User ${suffix}`,
      role: "FOCAL_POINT",
      ...overrides,
      passwordHash: await hashPassword(password),
    },
  });
  return { user, password };
}

type CommitmentOverrides = Partial<Omit<Prisma.CommitmentUncheckedCreateInput, "memberId">> & {
  themeIds?: string[];
  /** Members sharing the commitment with its lead `memberId`. */
  coMemberIds?: string[];
};

/**
 * A commitment (a pledge unless `kind` says otherwise) led by `memberId`, made at the shared test meeting unless
 * `meetingId` is given. A recommendation is addressed to the Network unless `addressedTo` says otherwise.
 */
export async function createCommitment(
  db: Tx,
  memberId: string,
  { themeIds = [], coMemberIds = [], ...overrides }: CommitmentOverrides = {},
) {
  const suffix = uniqueSuffix();
  const addressedTo = overrides.kind === "RECOMMENDATION" ? ["NETWORK" as const] : [];
  return db.commitment.create({
    data: {
      slug: `test-commitment-${suffix}`,
      title: `Test commitment ${suffix}`,
      description: "A commitment created by a test.",
      pillars: ["PARTICIPATION"],
      meetingId: overrides.meetingId ?? (await testMeeting(db)).id,
      addressedTo,
      themes: { create: themeIds.map((themeId) => ({ themeId })) },
      // The lead's row is written by a database trigger from memberId (see the record-model migration).
      members: { create: coMemberIds.map((coMemberId) => ({ memberId: coMemberId, role: "CO_MEMBER" as const })) },
      ...overrides,
      memberId,
    },
  });
}

function testMeeting(db: Tx) {
  // A native upsert (INSERT … ON CONFLICT), so tests running in parallel share one meeting without racing.
  return db.meeting.upsert({
    where: { slug: TEST_MEETING_SLUG },
    update: {},
    create: {
      slug: TEST_MEETING_SLUG,
      title: "Test meeting",
      kind: "CAPITAL_LEVEL",
      city: "Test City",
      country: "Test Country",
      startDate: new Date("2018-04-09T00:00:00Z"),
      endDate: new Date("2018-04-10T00:00:00Z"),
    },
  });
}

/**
 * A published update on `commitmentId`. The commitment's current status, percent and last-published date are then
 * set from its latest published update, as publishing does in the app.
 */
export async function createPublishedUpdate(
  db: Tx,
  commitmentId: string,
  overrides: Partial<Omit<Prisma.ProgressUpdateUncheckedCreateInput, "commitmentId">> = {},
) {
  const publishedAt = overrides.publishedAt ? new Date(overrides.publishedAt) : new Date();
  const update = await db.progressUpdate.create({
    data: {
      status: "IN_PROGRESS",
      percentComplete: 50,
      narrative: "A progress update created by a test.",
      reviewState: "PUBLISHED",
      verification: "REVIEWED",
      submittedAt: publishedAt,
      reviewedAt: publishedAt,
      publishedAt,
      ...overrides,
      commitmentId,
    },
  });
  const latest = await db.progressUpdate.findFirstOrThrow({
    where: { commitmentId, reviewState: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
  });
  await db.commitment.update({
    where: { id: commitmentId },
    data: {
      currentStatus: latest.status,
      currentPercent: latest.percentComplete,
      lastPublishedAt: latest.publishedAt,
      version: { increment: 1 },
    },
  });
  return update;
}

/** A meeting of its own, held on `startDate` (default: today, UTC), for commitments that must not date from 2018. */
export function createMeeting(db: Tx, overrides: Partial<Prisma.MeetingUncheckedCreateInput> = {}) {
  const suffix = uniqueSuffix();
  const today = dayStart(todayIsoDay());
  return db.meeting.create({
    data: {
      slug: `test-meeting-${suffix}`,
      title: `Test meeting ${suffix}`,
      kind: "CAPITAL_LEVEL",
      city: "Test City",
      country: "Test Country",
      startDate: today,
      endDate: today,
      ...overrides,
    },
  });
}

/** A signed-in session of `userId`: the user_sessions row a password sign-in creates (lib/auth/user-sessions.ts). */
export async function createUserSession(db: Tx, userId: string, now = new Date()) {
  const session = await db.userSession.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      ip: "127.0.0.1",
      userAgent: "test",
    },
    select: { id: true, expiresAt: true },
  });
  return { ...session, signedInAt: Math.floor(now.getTime() / 1000) };
}
