// The review queue's order against the real database: a new submission is on the first page, the longest wait is
// stated there too, and the oldest-first order is one parameter away.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { sessionUserOf } from "@/lib/auth/testing/session-user-of";
import { createCommitment, createMember, createSecretariat } from "@/prisma/seed/factories";
import { listReviewQueue } from "./list-review-queue";

let secretariat: SessionUser;
let memberId: string;
/** The commitments reported on, in the order their updates were submitted. */
const submitted: string[] = [];
const FIRST_DAY = new Date("2026-01-05T09:00:00Z");

beforeAll(async () => {
  secretariat = await sessionUserOf((await createSecretariat(db)).user.id);
  memberId = (await createMember(db)).id;
  // More than a page (ten), so the newest would be on page 2 if the oldest came first.
  for (let day = 0; day < 12; day += 1) {
    const commitment = await createCommitment(db, memberId);
    await db.progressUpdate.create({
      data: {
        commitmentId: commitment.id,
        status: "IN_PROGRESS",
        narrative: `Submitted on day ${day}.`,
        reviewState: "SUBMITTED",
        submittedAt: new Date(FIRST_DAY.getTime() + day * 86_400_000),
      },
    });
    submitted.push(commitment.title);
  }
});

const titles = (queue: Awaited<ReturnType<typeof listReviewQueue>>) => queue.items.map((item) => item.commitment.title);

describe("listReviewQueue", () => {
  it("shows the newest submission first, with how many wait and since when", async () => {
    const queue = await listReviewQueue(secretariat, { memberId, page: 1 });
    expect(queue.total).toBe(12);
    expect(queue.pageCount).toBe(2);
    expect(queue.oldestSubmittedAt).toEqual(FIRST_DAY);
    expect(titles(queue)).toEqual(submitted.toReversed().slice(0, 10));
  });

  it("shows the longest wait first when asked", async () => {
    const queue = await listReviewQueue(secretariat, { memberId, page: 1, order: "oldest" });
    expect(titles(queue)).toEqual(submitted.slice(0, 10));
    expect((await listReviewQueue(secretariat, { memberId, page: 2, order: "oldest" })).items).toHaveLength(2);
  });
});
