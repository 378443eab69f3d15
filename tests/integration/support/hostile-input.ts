import fc from "fast-check";
import { z } from "zod";

/** Real values from the seeded database that an attacker could send: ids of other people's records, codes. */
export type ValuePools = { ids: string[]; codes: string[] };

const HUGE = "a".repeat(100_000);

/** Values no form sends: wrong types, huge and hostile strings, control characters, prototype keys. */
export const HOSTILE_VALUES: unknown[] = [
  HUGE,
  `<b>${"x".repeat(99_990)}</b>`,
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "a\u0000b",
  "\u0000",
  "\u0007\u001b[31mrood\u001b[0m",
  "regel\r\nBcc: iemand@example.org",
  "\ud800", // a lone surrogate: not valid UTF-8
  "👩🏽‍💻🇳🇱",
  "\u202Egnp.exe",
  "שלום مرحبا",
  "' OR 1=1 --",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "",
  "   ",
  0,
  -1,
  1.5,
  1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  false,
  null,
  [],
  ["a", "b"],
  {},
  { $ne: null },
  { __proto__: { isAdmin: true } },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
  new Date("invalid"),
];

export function hostileValue(pools: ValuePools): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
    { weight: 3, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }) },
  );
}

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
};

/** The input side of a zod schema as JSON Schema, or undefined when it has none or cannot be described. */
export function jsonSchemaOf(schema: unknown): JsonSchema | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  try {
    return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  } catch {
    return undefined;
  }
}

/** Submission keys that come back across runs and callers: a replayed (or stolen) key must not write twice. */
export const REPLAYED_SUBMISSION_KEYS = ["0b7f2c1e-3a4d-4e5f-8a6b-7c8d9e0f1a2b", "5d6e7f80-9a0b-4c1d-9e2f-3a4b5c6d7e8f"];

const TEXTS = ["Een gewone zin voor de test.", "Kort", "Medewerker magazijn", "Hilversum", "Zoë van den Berg-Özdemir"];

function isoDay(offsetDays: number): string {
  return new Date(Date.UTC(2026, 11, 1) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function plausibleString(node: JsonSchema, key: string, pools: ValuePools): fc.Arbitrary<unknown> {
  const min = node.minLength ?? 0;
  const max = Math.min(node.maxLength ?? 200, 200);
  const fit = (text: string) => (text.length >= min ? text.slice(0, Math.max(max, min)) : text.padEnd(min, " tekst"));
  if (/submissionKey/i.test(key)) return fc.oneof(fc.uuid({ version: 4 }), fc.constantFrom(...REPLAYED_SUBMISSION_KEYS));
  if (node.format === "uuid") return fc.uuid({ version: 4 });
  if (node.format === "email" || /e-?mail/i.test(key)) return fc.nat(9999).map((n) => `fuzz-${n}@example.org`);
  if (/(^id|Id|Ids)$/.test(key)) return fc.constantFrom(...pools.ids);
  if (/code$/i.test(key) && pools.codes.length > 0) return fc.constantFrom(...pools.codes);
  if (/date|day|datum/i.test(key)) return fc.integer({ min: -400, max: 400 }).map(isoDay);
  if (/time$/i.test(key)) return fc.constantFrom("09:00", "10:30", "23:59");
  if (/period/i.test(key)) return fc.constantFrom("2026-11", "2026-Q4", "2026");
  if (node.pattern) {
    try {
      return fc.stringMatching(new RegExp(node.pattern)).filter((text) => text.length >= min && text.length <= Math.max(max, min));
    } catch {
      // an unsupported pattern: fall through to ordinary text
    }
  }
  return fc.constantFrom(...TEXTS).map(fit);
}

/** A value that could pass the schema node, so that calls reach the domain function and its row scope. */
export function plausibleValue(node: JsonSchema | undefined, key: string, pools: ValuePools): fc.Arbitrary<unknown> {
  if (!node) return fc.constant(undefined);
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum && node.enum.length > 0) return fc.constantFrom(...node.enum);
  const alternatives = node.anyOf ?? node.oneOf;
  if (alternatives && alternatives.length > 0) return fc.oneof(...alternatives.map((alternative) => plausibleValue(alternative, key, pools)));
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  switch (type) {
    case "boolean":
      return fc.boolean();
    case "integer":
    case "number":
      return fc.integer({ min: Math.ceil(node.minimum ?? 0), max: Math.floor(node.maximum ?? 100) });
    case "null":
      return fc.constant(null);
    case "string":
      return plausibleString(node, key, pools);
    case "array":
      return fc.array(plausibleValue(node.items, key, pools), { minLength: node.minItems ?? 0, maxLength: Math.max(node.minItems ?? 0, Math.min(node.maxItems ?? 3, 3)) });
    case "object":
      return plausibleObject(node, pools);
    default:
      return fc.oneof(fc.constantFrom(...pools.ids), fc.constantFrom(...TEXTS));
  }
}

function plausibleObject(node: JsonSchema, pools: ValuePools): fc.Arbitrary<Record<string, unknown>> {
  const properties = node.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([key, child]) => [key, plausibleValue(child, key, pools)]));
  return fc.record(model, { requiredKeys: (node.required ?? []).filter((key) => key in properties) }) as fc.Arbitrary<Record<string, unknown>>;
}

type Mutation = { key: string; kind: "remove" | "hostile"; value: unknown };

/**
 * Hostile input for one action: mostly a plausible object with one to three fields removed or replaced by a
 * hostile value (or an extra key added), sometimes a wholly wrong shape (a string, a number, an array,
 * FormData with the same fields).
 */
export function hostileInputFor(schema: unknown, pools: ValuePools): fc.Arbitrary<unknown> {
  const json = jsonSchemaOf(schema);
  const wholeInput = hostileValue(pools);
  if (!json || json.type !== "object" || !json.properties) return fc.oneof(wholeInput, fc.constant(undefined), fc.constant({}));
  const keys = [...Object.keys(json.properties), "__proto__", "constructor", "role", "userId", "organisationId"];
  const mutation: fc.Arbitrary<Mutation> = fc.record({
    key: fc.constantFrom(...keys),
    kind: fc.constantFrom<Mutation["kind"]>("remove", "hostile", "hostile"),
    value: hostileValue(pools),
  });
  const mutated = fc.tuple(plausibleObject(json, pools), fc.array(mutation, { minLength: 0, maxLength: 3 })).map(([base, mutations]) => {
    const input: Record<string, unknown> = { ...base };
    for (const { key, kind, value } of mutations) {
      if (kind === "remove") delete input[key];
      else Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
    }
    return input;
  });
  return fc.oneof(
    { weight: 8, arbitrary: mutated },
    { weight: 1, arbitrary: wholeInput },
    { weight: 1, arbitrary: mutated.map(toFormData) },
  );
}

function toFormData(input: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) form.append(key, typeof value === "string" ? value : JSON.stringify(value) ?? "");
  return form;
}

/** Prints an input briefly for a failure message (no 100 000-character dumps). */
export function brief(value: unknown): string {
  if (value instanceof FormData) return `FormData(${brief(Object.fromEntries(value.entries()))})`;
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v)) ?? String(value);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}
