import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";

export type FocalPointFilters = { search?: string; memberId?: string; active?: "yes" | "no"; page: number };

/** Focal points by member and name: whether they are active, have set a password, and last signed in. */
export async function listFocalPoints(user: SessionUser | null, filters: FocalPointFilters) {
  await authorizeSecretariat(user, consoleRead("focal_points"));
  const contains = filters.search ? { contains: filters.search, mode: "insensitive" as const } : undefined;
  const where: Prisma.UserWhereInput = {
    role: "FOCAL_POINT",
    memberId: filters.memberId,
    active: filters.active ? filters.active === "yes" : undefined,
    OR: contains ? [{ name: contains }, { email: contains }, { member: { name: contains } }] : undefined,
  };
  const total = await db.user.count({ where });
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ member: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      name: true,
      email: true,
      active: true,
      isDemo: true,
      lastSignInAt: true,
      passwordHash: true,
      member: { select: { id: true, name: true } },
    },
  });
  // Whether a password was set, never the hash itself.
  const items = rows.map(({ passwordHash, ...row }) => ({ ...row, hasPassword: passwordHash !== null }));
  return { items, total, page, pageCount };
}
