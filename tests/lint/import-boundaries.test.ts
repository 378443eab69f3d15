import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import rules of eslint.config.mjs, checked on small sources at paths in each layer (the files need not exist).
const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = 1;\n`, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax").map((m) => m.message);
}

const refused: [file: string, source: string, reason: RegExp][] = [
  ["lib/vacancies/probe.ts", 'import "@/app/(employer)/werkgever/vacatures/actions";', /lib\/ is the domain layer/],
  ["lib/vacancies/probe.integration-test.ts", 'await import("@/app/(professional)/professional/vacatures/actions");', /lib\/ is the domain layer/],
  ["lib/sroi/probe.ts", 'import type { StatusTone } from "@/components/ui";', /lib\/ is the domain layer/],
  ["lib/health/probe.ts", 'import "../../app/api/health/route";', /lib\/ is the domain layer/],
  ["components/vacancies/probe.tsx", 'import "@/app/_lib/or-not-found";', /components\/ does not import app\//],
  ["app/(employer)/werkgever/probe.tsx", 'import "@/app/(professional)/professional/plaatsingen/page";', /app\/\(employer\) do not import another route group/],
  ["app/(employer)/werkgever/probe.tsx", 'import "../../(professional)/professional/plaatsingen/page";', /app\/\(employer\) do not import another route group/],
  ["app/(professional)/professional/probe.tsx", 'import "@/app/(employer)/werkgever/vacatures/actions";', /app\/\(professional\) do not import another route group/],
  ["app/(public)/probe.tsx", 'import "@/app/(jobseeker)/werkzoekende/page";', /app\/\(public\) do not import another route group/],
  ["app/(jobseeker)/probe.tsx", 'import "@/app/(public)/page";', /app\/\(jobseeker\) do not import another route group/],
  ["app/(dashboard)/probe.tsx", 'import "@/app/(admin)/beheer/page";', /app\/\(dashboard\) do not import another route group/],
  ["app/(admin)/probe.tsx", 'await import("@/app/(dashboard)/dashboard/page");', /app\/\(admin\) do not import another route group/],
  ["app/(employer)/probe.tsx", 'import "@/app/api/health/route";', /route group does not import app\/api/],
  ["app/api/probe.ts", 'import "@/app/(public)/page";', /app\/api does not import a route group/],
  ["app/(professional)/professional/probe.tsx", 'import "@/app/(professional)/professional/vacatures/_components/advice-form";', /_components are private/],
  ["app/(professional)/professional/kandidaten/[id]/probe.tsx", 'import "../../vacatures/_components/advice-form";', /_components are private/],
  ["tests/integration/probe.ts", 'import "@/app/(employer)/werkgever/vacatures/_components/withdraw-form";', /_components are private/],
];

const allowed: [file: string, source: string][] = [
  ["lib/vacancies/probe.ts", 'import "@/lib/errors";'],
  ["components/vacancies/probe.tsx", 'import "@/components/ui";'],
  ["app/(employer)/werkgever/probe.tsx", 'import "@/app/(employer)/werkgever/vacatures/actions";'],
  ["app/(employer)/werkgever/probe.tsx", 'import "@/app/_lib/or-not-found";'],
  ["app/(employer)/werkgever/probe.tsx", 'import "@/components/vacancies/vacancy-form";'],
  ["app/(professional)/professional/kandidaten/[id]/probe.tsx", 'import "../_components/format";'],
  ["app/(professional)/professional/kandidaten/[id]/werkfit/probe.tsx", 'import "../../_components/work-ready-badge";'],
  ["app/(professional)/professional/vacatures/probe.tsx", 'import "./_components/advice-form";'],
  ["app/(professional)/professional/vacatures/probe.integration-test.ts", 'await import("./actions");'],
  ["tests/integration/probe.integration-test.ts", 'await import("@/app/(employer)/werkgever/vragen/actions");\nawait import("@/app/(professional)/professional/inbox/actions");'],
];

describe("import boundaries (eslint.config.mjs)", { timeout: 60_000 }, () => {
  it.each(refused)("refuses in %s: %s", async (file, source, reason) => {
    const errors = await boundaryErrors(file, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
  });

  it.each(allowed)("allows in %s: %s", async (file, source) => {
    expect(await boundaryErrors(file, source)).toEqual([]);
  });
});
