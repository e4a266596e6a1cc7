import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure logic (no database) and integration tests against a real PostgreSQL whose DATABASE_URL the
// test runner (lib/scripts/test.ts) provides, freshly migrated for the run.
const alias = {
  "@": path.resolve(import.meta.dirname),
  // server-only throws outside React Server Components; tests call server modules directly.
  "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          environment: "node",
          // next-intl's middleware imports "next/server" without an extension, which Node's ESM loader refuses.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts"],
          environment: "node",
          setupFiles: ["lib/testing/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
