import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";
import { pageOf } from "./paging";

export type MemberFilters = { search?: string; kind?: MemberKind; region?: RegionalGroup; page: number };

export function memberWhere(filters: Omit<MemberFilters, "page">): Prisma.MemberWhereInput {
  const contains = filters.search ? { contains: filters.search, mode: "insensitive" as const } : undefined;
  return {
    kind: filters.kind,
    regionalGroup: filters.region,
    OR: contains ? [{ name: contains }, { shortName: contains }, { slug: contains }, { isoCode: contains }] : undefined,
  };
}

/** The member register, by name, with how many commitments and active focal points each has. */
export async function listMembers(user: SessionUser | null, filters: MemberFilters) {
  await authorizeSecretariat(user, consoleRead("members"));
  const where = memberWhere(filters);
  const total = await db.member.count({ where });
  const { page, pageCount, skip, take } = pageOf(filters.page, total);
  const rows = await db.member.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip,
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      isoCode: true,
      regionalGroup: true,
      isDemo: true,
      _count: { select: { commitments: true, users: { where: { role: "FOCAL_POINT", active: true } } } },
    },
  });
  const items = rows.map(({ _count, ...member }) => ({
    ...member,
    commitments: _count.commitments,
    focalPoints: _count.users,
  }));
  return { items, total, page, pageCount };
}
