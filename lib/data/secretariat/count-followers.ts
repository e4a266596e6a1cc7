import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import type { FollowTarget } from "@/lib/generated/prisma/enums";

export type FollowerCount = { total: number; weekly: number };

/** How many people follow a commitment, member or theme by email (confirmed): counts only, never who. */
export async function countFollowers(user: SessionUser | null, target: FollowTarget, targetId: string) {
  await authorizeSecretariat(user, consoleRead("followers"));
  const rows = await db.follow.groupBy({
    by: ["frequency"],
    where: { target, targetId, state: "CONFIRMED" },
    _count: { _all: true },
  });
  const count = (frequency: string) => rows.find((row) => row.frequency === frequency)?._count._all ?? 0;
  return { total: count("IMMEDIATE") + count("WEEKLY"), weekly: count("WEEKLY") } satisfies FollowerCount;
}
