import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** The Network's themes in their display order, with how many commitments each carries. */
export async function listThemes(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("themes"));
  const rows = await db.theme.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true, _count: { select: { commitments: true } } },
  });
  return rows.map(({ _count, ...theme }) => ({ ...theme, commitments: _count.commitments }));
}
