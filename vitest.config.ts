import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const alias = {
  "@": root,
  // `server-only` throws outside React Server Components; in tests the modules run on the server anyway.
  "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["node_modules/**", ".next/**", ".next-*/**", "tests/e2e/**", "**/*.integration-test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration-test.ts"],
          exclude: ["node_modules/**", ".next/**", ".next-*/**"],
          globalSetup: ["tests/setup/integration-global.ts"],
          // Mail is sent by the tests that check it, not in the background after every enqueue (deliverMailSoon).
          env: { MAIL_DELIVER_SOON: "off" },
          setupFiles: ["tests/setup/integration-database.ts"],
          pool: "forks",
          maxWorkers: 2,
          // Generous: a slow shared machine is not a failure (speed is measured by `npm run bench`, not by tests).
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
