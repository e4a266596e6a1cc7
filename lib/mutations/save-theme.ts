// The secretariat creates or edits a theme of the Network's taxonomy. A new theme goes to the end of the list.
import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { revalidatePublicData } from "@/lib/data/public/cache";
import { fieldErrorsFrom } from "@/lib/validation/field-errors";
import { isUuid } from "@/lib/validation/uuid";
import { themeSchema } from "@/lib/validation/theme";
import { authorizeSecretariat } from "@/lib/auth/authorize-secretariat";
import { invalid, NOT_FOUND, type MutationResult } from "./mutation-result";
import { isUniqueViolation } from "./unique-violation";

export async function saveTheme(
  actor: SessionUser | null,
  { id, ...fields }: Record<string, unknown> & { id?: string },
): Promise<MutationResult<{ themeId: string; created: boolean }>> {
  const action = id ? "theme.update" : "theme.create";
  const secretariat = await authorizeSecretariat(actor, {
    attempted: action,
    entityType: "theme",
    entityId: id || "new",
  });
  const parsed = themeSchema.safeParse(fields);
  if (!parsed.success) return invalid(fieldErrorsFrom(parsed.error));
  const theme = { ...parsed.data, description: parsed.data.description ?? null };

  if (id && !isUuid(id)) return NOT_FOUND;
  const existing = id
    ? await db.theme.findUnique({ where: { id }, select: { id: true, slug: true, name: true, description: true } })
    : null;
  if (id && !existing) return NOT_FOUND;
  const sameSlug = await db.theme.findUnique({ where: { slug: theme.slug }, select: { id: true } });
  if (sameSlug && sameSlug.id !== id) return invalid({ slug: ["slug.taken"] });

  try {
    const themeId = await db.$transaction(async (tx) => {
      const saved = existing
        ? await tx.theme.update({ where: { id: existing.id }, data: theme, select: { id: true, sortOrder: true } })
        : await tx.theme.create({
            data: {
              ...theme,
              sortOrder: ((await tx.theme.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? -1) + 1,
            },
            select: { id: true, sortOrder: true },
          });
      await writeAudit(tx, secretariat, {
        action,
        entityType: "theme",
        entityId: saved.id,
        before: existing,
        after: { id: saved.id, ...theme, sortOrder: saved.sortOrder },
      });
      return saved.id;
    });
    revalidatePublicData();
    return { ok: true, themeId, created: !existing };
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ slug: ["slug.taken"] });
    throw error;
  }
}
