import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { authorizeSecretariat, consoleRead } from "@/lib/auth/authorize-secretariat";

/** Members and themes to filter the console's lists by. */
export async function listFilterChoices(user: SessionUser | null) {
  await authorizeSecretariat(user, consoleRead("filter_choices"));
  const [members, themes] = await Promise.all([
    db.member.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { members, themes };
}
