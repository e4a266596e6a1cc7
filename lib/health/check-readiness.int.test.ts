import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkReadiness } from "./check-readiness";

describe("checkReadiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await checkReadiness()).toEqual({ ready: true, problems: [] });
  });

  it("is not ready while a migration of this build is missing, naming it", async () => {
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest!.id}`;
    try {
      expect(await checkReadiness()).toEqual({
        ready: false,
        problems: [`migration not applied: ${latest!.migration_name}`],
      });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest!.id}`;
    }
  });
});
