// The data each end-to-end test owns, after the Epic Stack's tests/playwright-utils.ts: a test makes its own members,
// commitments, focal points and secretariat users with the shared factories (prisma/seed/factories.ts), signs them in
// without the form (./sign-in.ts), and everything it made, or had the app make, is deleted after it, pass or fail.
// Specs import `test` and `expect` from here. Why, and how specs share the reporting cycles and the seeded Berlin
// record: docs/decisions/0010-e2e-fixtures.md.
import { test as base } from "@playwright/test";
import { db } from "@/lib/db";
import type { ImplementationStatus } from "@/lib/generated/prisma/enums";
import {
  createCommitment,
  createFocalPoint,
  createMeeting,
  createMember,
  createPublishedUpdate,
  createSecretariat,
} from "@/prisma/seed/factories";
import type { SignInAs } from "./sign-in";

export { expect } from "@playwright/test";

/** A user the test made: sign them in with ./sign-in.ts, or through the form with their password. */
export type TestUser = SignInAs & { password: string };

export type OwnCommitment = { id: string; slug: string; title: string };

/** A fictional member state with approved commitments and one focal point, all the test's own. */
export type OwnMember = {
  id: string;
  slug: string;
  name: string;
  commitments: OwnCommitment[];
  focalPoint: TestUser;
  /** The meeting its commitments were pledged at: a proposal the test makes names it (the form's default, the newest
   * meeting, may be another test's, deleted under it). */
  meetingId: string;
};

type CommitmentSpec = {
  /** The commitment's last published update, as if the secretariat had published it today. */
  published?: { status: ImplementationStatus; percent: number | null };
  /** Other members sharing the commitment (a joint commitment, this member its lead). */
  coMemberIds?: string[];
};

const testUser = ({ user, password }: Awaited<ReturnType<typeof createSecretariat>>): TestUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  sessionVersion: user.sessionVersion,
  password,
});

class OwnData {
  private readonly memberIds = new Set<string>();
  private readonly userIds = new Set<string>();
  private readonly claimedMemberNames = new Set<string>();
  private readonly claimedCycleNames = new Set<string>();
  private meeting?: Promise<{ id: string }>;

  /**
   * A member with one approved commitment (or one per spec given) and a focal point. The commitments are pledged at
   * a meeting held today, so they count in the open reporting cycle and in no closed one.
   */
  async member({ commitments = [{}] }: { commitments?: CommitmentSpec[] } = {}): Promise<OwnMember> {
    this.meeting ??= createMeeting(db);
    const meeting = await this.meeting;
    const member = await createMember(db);
    this.memberIds.add(member.id);
    const own: OwnCommitment[] = [];
    for (const { published, coMemberIds } of commitments) {
      const commitment = await createCommitment(db, member.id, { meetingId: meeting.id, coMemberIds });
      if (published) {
        await createPublishedUpdate(db, commitment.id, {
          status: published.status,
          percentComplete: published.percent,
        });
      }
      own.push({ id: commitment.id, slug: commitment.slug, title: commitment.title });
    }
    const focalPoint = testUser(await createFocalPoint(db, member.id));
    return { id: member.id, slug: member.slug, name: member.name, commitments: own, focalPoint, meetingId: meeting.id };
  }

  async secretariat(): Promise<TestUser> {
    const secretariat = testUser(await createSecretariat(db));
    this.userIds.add(secretariat.id);
    return secretariat;
  }

  /** A member the test has the app create (through the console's form): deleted after the test too. */
  claimMember(name: string): void {
    this.claimedMemberNames.add(name);
  }

  /** A reporting cycle the test has the app create: deleted after the test too. */
  claimCycle(name: string): void {
    this.claimedCycleNames.add(name);
  }

  /** Deletes every row the test owns, and the rows the app wrote about them (emails, audit entries, sign-ins). */
  async cleanUp(): Promise<void> {
    const claimed = await db.member.findMany({
      where: { name: { in: [...this.claimedMemberNames] } },
      select: { id: true },
    });
    const memberIds = [...this.memberIds, ...claimed.map((member) => member.id)];
    // Their members' users include the focal points the test had the secretariat invite.
    const users = await db.user.findMany({
      where: { OR: [{ id: { in: [...this.userIds] } }, { memberId: { in: memberIds } }] },
      select: { id: true, email: true },
    });
    const userIds = users.map((user) => user.id);
    const emails = users.map((user) => user.email);
    const meeting = await this.meeting?.catch(() => undefined);
    await db.$transaction([
      db.emailLog.deleteMany({
        where: { OR: [{ memberId: { in: memberIds } }, { userId: { in: userIds } }, { toAddress: { in: emails } }] },
      }),
      db.auditLog.deleteMany({ where: { OR: [{ memberId: { in: memberIds } }, { actorId: { in: userIds } }] } }),
      db.signInAttempt.deleteMany({ where: { email: { in: emails } } }),
      // With their updates, evidence, barriers, themes and milestones (ON DELETE CASCADE).
      db.commitment.deleteMany({ where: { memberId: { in: memberIds } } }),
      // With their sessions and emailed links.
      db.user.deleteMany({ where: { id: { in: userIds } } }),
      db.member.deleteMany({ where: { id: { in: memberIds } } }),
      // Unless another test has since put a commitment on it (a proposal picks the newest meeting): then it stays.
      db.meeting.deleteMany({ where: { id: { in: meeting ? [meeting.id] : [] }, commitments: { none: {} } } }),
      db.reportingCycle.deleteMany({ where: { name: { in: [...this.claimedCycleNames] } } }),
    ]);
  }
}

export const test = base.extend<{
  /** The rows this test owns: make them here; they are deleted after the test. */
  own: OwnData;
  /** A secretariat user of this test's own. */
  secretariat: TestUser;
}>({
  // The second argument hands the fixture to the test ("use" in Playwright's documentation, a name the React hooks
  // lint rule claims).
  own: async ({}, provide) => {
    const own = new OwnData();
    await provide(own);
    await own.cleanUp();
  },
  secretariat: async ({ own }, provide) => {
    await provide(await own.secretariat());
  },
});
