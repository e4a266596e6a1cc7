import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/** Read once per request: the layout's banner and the dashboard's view toggle both ask. */
export const hasDemonstrationData = cache(async (): Promise<boolean> => {
  const rows = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM users WHERE is_demo)
        OR EXISTS (SELECT 1 FROM progress_updates WHERE is_demo)
        OR EXISTS (SELECT 1 FROM members WHERE is_demo)
        OR EXISTS (SELECT 1 FROM reporting_cycles WHERE is_demo) AS present`;
  return rows[0]?.present ?? false;
});
