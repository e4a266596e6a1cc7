import "server-only";
import { db } from "@/lib/db";

export async function hasDemonstrationData(): Promise<boolean> {
  const rows = await db.$queryRaw<{ present: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM users WHERE is_demo)
        OR EXISTS (SELECT 1 FROM progress_updates WHERE is_demo)
        OR EXISTS (SELECT 1 FROM members WHERE is_demo)
        OR EXISTS (SELECT 1 FROM reporting_cycles WHERE is_demo) AS present`;
  return rows[0]?.present ?? false;
}
