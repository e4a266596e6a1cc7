import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariatRead } from "./authorize-secretariat-read";

/** The Network's themes in their display order, with how many commitments each carries. */
export async function listThemes(user: SessionUser | null) {
  await authorizeSecretariatRead(user, "themes");
  const rows = await db.theme.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true, _count: { select: { commitments: true } } },
  });
  return rows.map(({ _count, ...theme }) => ({ ...theme, commitments: _count.commitments }));
}
