// The gate's lint half (`npm run validate`). House rules live here as rules, not prose:
// - configuration is read from `process.env` only in lib/env.js; where a tool needs the literal `process.env` (Next's
//   compile-time NEXT_RUNTIME, Prisma's env("DATABASE_URL")), an eslint-disable comment on that line says why;
// - components never import server-only modules (database, auth, reads, mutations) at runtime;
// - lib/domain is pure: it imports nothing above it;
// - the app logs through lib/log/logger.ts (JSON lines with the request's context), never console.*.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

const READ_ENV_THROUGH_LIB_ENV =
  "Read configuration through lib/env.js (the one typed, validated reader); hand a child process childProcessEnv().";

const SERVER_ONLY_MODULES = [
  "@/lib/db",
  "@/lib/data/*",
  "@/lib/mutations/*",
  "@/lib/auth/session",
  "@/lib/auth/load-session-user",
  "@/lib/auth/options",
  "@/lib/email/*",
  "@/lib/generated/*",
];

export default defineConfig([
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "bench-results/**",
    "playwright-report/**",
    "coverage/**",
    "next-env.d.ts",
  ]),
  ...nextVitals,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: READ_ENV_THROUGH_LIB_ENV }],
      "no-restricted-imports": [
        "error",
        {
          paths: ["process", "node:process"].map((name) => ({
            name,
            importNames: ["env"],
            message: READ_ENV_THROUGH_LIB_ENV,
          })),
        },
      ],
      "no-console": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ["lib/env.js"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Launchers and test tooling talk to the person at the terminal.
    files: ["lib/scripts/**", "e2e/**", "*.config.*"],
    rules: { "no-console": "off" },
  },
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: SERVER_ONLY_MODULES,
              allowTypeImports: true,
              message: "Components receive data as props; server-only modules may be imported as types only.",
            },
          ],
        },
      ],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.objectContaining) are typed `any`, and test doubles implement
    // async interfaces without awaiting anything.
    files: ["**/*.test.ts", "**/*.test.tsx", "**/testing/**", "e2e/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    files: ["lib/domain/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/(app|components|lib/(?!domain/))|next|react|@prisma|server-only)",
              allowTypeImports: true,
              message: "lib/domain is pure logic: it imports only other lib/domain modules and plain libraries.",
            },
          ],
        },
      ],
    },
  },
  prettier,
]);
