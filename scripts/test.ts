/**
 * `npm test`: every check, cheapest first, stopping after the first phase with a failing step. Steps in one
 * phase run side by side, so both cores stay busy: lint and the type check are single-threaded, and the
 * production build for the browser tests runs while the integration tests mostly wait on PostgreSQL.
 * The first step of a phase streams its output; the others print theirs when they end.
 */
import { spawn } from "node:child_process";

type Step = { name: string; command: string[] };

const phases: Step[][] = [
  [
    { name: "lint", command: ["npm", "run", "-s", "lint"] },
    { name: "typecheck", command: ["npm", "run", "-s", "typecheck"] },
  ],
  [{ name: "unit", command: ["npm", "run", "-s", "test:unit"] }],
  [
    { name: "integration", command: ["npm", "run", "-s", "test:integration"] },
    { name: "build", command: ["node_modules/.bin/tsx", "scripts/build.ts"] },
  ],
  [{ name: "e2e", command: ["npm", "run", "-s", "test:e2e"] }],
];

type Outcome = { name: string; ok: boolean; seconds: number };

function run(step: Step, streamed: boolean): Promise<Outcome> {
  const started = Date.now();
  const [command, ...args] = step.command;
  const child = spawn(command!, args, { stdio: streamed ? "inherit" : ["ignore", "pipe", "pipe"] });
  const buffered: Buffer[] = [];
  child.stdout?.on("data", (chunk: Buffer) => buffered.push(chunk));
  child.stderr?.on("data", (chunk: Buffer) => buffered.push(chunk));
  return new Promise((resolve) => {
    child.on("close", (code) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      if (!streamed) {
        console.log(`\n━━━ ${step.name} (output) ━━━`);
        process.stdout.write(Buffer.concat(buffered));
      }
      console.log(`━━━ ${step.name} ${code === 0 ? "passed" : "FAILED"} in ${seconds} s ━━━`);
      resolve({ name: step.name, ok: code === 0, seconds });
    });
  });
}

const started = Date.now();
const timings: string[] = [];
for (const phase of phases) {
  console.log(`\n━━━ ${phase.map((step) => step.name).join(" + ")} ━━━`);
  const phaseStarted = Date.now();
  const outcomes = await Promise.all(phase.map((step, index) => run(step, index === 0)));
  const phaseSeconds = Math.round((Date.now() - phaseStarted) / 1000);
  timings.push(`${outcomes.map((outcome) => `${outcome.name} ${outcome.seconds} s`).join(" ‖ ")}${phase.length > 1 ? ` (phase ${phaseSeconds} s)` : ""}`);
  const failed = outcomes.filter((outcome) => !outcome.ok);
  if (failed.length > 0) {
    console.error(`\n✗ ${failed.map((outcome) => outcome.name).join(", ")} failed (${timings.join(", ")})`);
    process.exit(1);
  }
}
const total = Math.round((Date.now() - started) / 1000);
console.log(`\n✓ all steps passed in ${total} s (${timings.join(", ")})`);
