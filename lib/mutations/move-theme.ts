// Reordering the themes: one place up or down. The whole order is rewritten 0, 1, 2… in one transaction, under
// an advisory lock, so two people reordering at once cannot leave two themes on the same place.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { moveThemeSchema } from "@/lib/validation/theme";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { NOT_FOUND, type MutationResult } from "./mutation-result";

/** Arbitrary constant naming the theme-order lock among the application's advisory locks. */
const THEME_ORDER_LOCK = 0x7e_0a_de;

export async function moveTheme(
  actor: SessionUser | null,
  input: { themeId?: unknown; direction?: unknown },
): Promise<MutationResult> {
  const secretariat = await authorizeSecretariat(actor, {
    attempted: "theme.reorder",
    entityType: "theme",
    entityId: typeof input.themeId === "string" ? input.themeId.slice(0, 64) : "unknown",
  });
  const parsed = moveThemeSchema.safeParse(input);
  if (!parsed.success) return NOT_FOUND;
  const { themeId, direction } = parsed.data;

  const moved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${THEME_ORDER_LOCK}::bigint)`;
    const themes = await tx.theme.findMany({
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, slug: true },
    });
    const from = themes.findIndex((theme) => theme.id === themeId);
    if (from === -1) return false;
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= themes.length) return true;
    const before = themes.map((theme) => theme.slug);
    [themes[from], themes[to]] = [themes[to]!, themes[from]!];
    for (const [sortOrder, theme] of themes.entries())
      await tx.theme.update({ where: { id: theme.id }, data: { sortOrder } });
    await writeAudit(tx, secretariat, {
      action: "theme.reorder",
      entityType: "theme",
      entityId: themeId,
      before: { order: before },
      after: { order: themes.map((theme) => theme.slug) },
    });
    return true;
  });
  if (!moved) return NOT_FOUND;
  revalidatePublicData();
  return { ok: true };
}
