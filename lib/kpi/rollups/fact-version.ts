import "server-only";
import { createHash } from "node:crypto";
import type { RollupFact } from "./fact";
import { refreshStatements } from "./refresh-statements";

const REFERENCE_FROM = new Date(Date.UTC(2000, 0, 1));
const REFERENCE_TO = new Date(Date.UTC(2000, 1, 1));
const versions = new Map<string, string>();

/**
 * A fingerprint of the fact's definition: its revision plus the SQL (text and bound values) that
 * builds its roll-up rows. A deployment that changes how a fact is counted thereby stops reading the
 * roll-ups built by the old code until the job has rebuilt them.
 */
export function factVersion(fact: RollupFact): string {
  const known = versions.get(fact.id);
  if (known) return known;
  const { rows, validUntil } = refreshStatements(fact, REFERENCE_FROM, REFERENCE_TO, REFERENCE_TO);
  const text = JSON.stringify([fact.revision, rows.sql, rows.values, validUntil?.sql ?? null, validUntil?.values ?? null]);
  const version = createHash("sha256").update(text).digest("hex").slice(0, 16);
  versions.set(fact.id, version);
  return version;
}
