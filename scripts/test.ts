/** `npm test`: every check, in order of speed, stopping at the first failing step. */
import { spawnSync } from "node:child_process";

const steps: Array<[string, string[]]> = [
  ["lint", ["npm", "run", "-s", "lint"]],
  ["typecheck", ["npm", "run", "-s", "typecheck"]],
  ["unit", ["npm", "run", "-s", "test:unit"]],
  ["integration", ["npm", "run", "-s", "test:integration"]],
  ["e2e", ["npm", "run", "-s", "test:e2e"]],
];

const timings: string[] = [];
for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n━━━ ${name} ━━━`);
  const result = spawnSync(command!, args, { stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  timings.push(`${name} ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (${timings.join(", ")})`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n✓ all steps passed (${timings.join(", ")})`);
