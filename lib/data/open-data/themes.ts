import "server-only";
import { db } from "@/lib/db";
import type { ThemeRecord } from "@/lib/open-data/records";
import { themeSelect } from "./selects";
import { themeStatusTallies } from "./status-tallies";

/** Every theme, in the taxonomy's order, with its approved commitments counted by status (from real data only
 * with `demo: "exclude"`). */
export async function listThemeRecords(filters: { demo?: "exclude" } = {}): Promise<ThemeRecord[]> {
  const [rows, tally] = await Promise.all([
    db.theme.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: themeSelect }),
    themeStatusTallies(filters),
  ]);
  return rows.map((row) => ({ ...row, ...tally(row.slug) }));
}

export async function* iterateThemeRecords(): AsyncGenerator<ThemeRecord[]> {
  yield await listThemeRecords();
}
