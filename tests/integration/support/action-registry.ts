import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * Which client built a server action: "public" (actionClient), "signedIn" (authActionClient), or the
 * permission of actionClientFor / enrolmentActionClientFor, with the zod input schema given to it.
 * Filled by `tagSafeActionClients`, which the fuzz test puts in place of `@/lib/safe-action`'s exports.
 */
export type ActionTag = { client: "public" | "signedIn" | "permission" | "enrolment"; permission?: string; schema?: unknown };

const tags = new WeakMap<object, ActionTag>();

export function tagOf(action: unknown): ActionTag | undefined {
  return typeof action === "function" ? tags.get(action) : undefined;
}

/**
 * Wraps a next-safe-action client so that every action it builds remembers its tag. The wrapper is a
 * proxy over the real client: behaviour is unchanged, `.inputSchema(schema)` adds the schema to the tag and
 * `.action(fn)` / `.stateAction(fn)` registers the finished action.
 */
export function tagClient<T extends object>(client: T, tag: ActionTag): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (property === "action" || property === "stateAction") {
          tags.set(result as object, tag);
          return result;
        }
        const next = property === "inputSchema" ? { ...tag, schema: args[0] } : tag;
        return result !== null && typeof result === "object" ? tagClient(result, next) : result;
      };
    },
  });
}

/** `@/lib/safe-action` with every client tagged; for `vi.mock("@/lib/safe-action", …)`. */
export function tagSafeActionClients<M extends Record<string, unknown>>(original: M): M {
  const real = original as unknown as {
    actionClient: object;
    authActionClient: object;
    actionClientFor: (permission: string) => object;
    enrolmentActionClientFor: (permission: string) => object;
  };
  return {
    ...original,
    actionClient: tagClient(real.actionClient, { client: "public" }),
    authActionClient: tagClient(real.authActionClient, { client: "signedIn" }),
    actionClientFor: (permission: string) => tagClient(real.actionClientFor(permission), { client: "permission", permission }),
    enrolmentActionClientFor: (permission: string) => tagClient(real.enrolmentActionClientFor(permission), { client: "enrolment", permission }),
  };
}

const SOURCE = /\.(ts|tsx)$/;
const SKIPPED = /\.(test|integration-test)\.tsx?$/;

/**
 * Every file of app/, lib/ and components/ with a "use server" directive (actions.ts, and any other name),
 * relative to the repository root, sorted; `inline` lists files that use the directive inside a function,
 * whose actions cannot be imported and fuzzed (they belong in an actions.ts).
 */
export function findActionFiles(root: string): { files: string[]; inline: string[] } {
  const files: string[] = [];
  const inline: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (SOURCE.test(entry.name) && !SKIPPED.test(entry.name)) {
        const text = readFileSync(full, "utf8");
        if (!/["']use server["']/.test(text)) continue;
        if (/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["']/.test(text)) files.push(path.relative(root, full));
        else inline.push(path.relative(root, full));
      }
    }
  };
  for (const folder of ["app", "lib", "components"]) walk(path.join(root, folder));
  return { files: files.sort(), inline: inline.sort() };
}

export type DiscoveredAction = { id: string; file: string; name: string; action: (input: unknown) => Promise<unknown>; tag: ActionTag | undefined };

/** Imports every actions.ts and returns each exported function, tagged or not (untagged = not built by our clients). */
export async function discoverServerActions(root: string): Promise<DiscoveredAction[]> {
  const actions: DiscoveredAction[] = [];
  for (const file of findActionFiles(root).files) {
    const exported = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value !== "function") continue;
      const route = file.replace(/^app\//, "").replace(/\/actions\.ts$/, "").replace(/\.tsx?$/, "");
      actions.push({ id: `${route}#${name}`, file, name, action: value as DiscoveredAction["action"], tag: tagOf(value) });
    }
  }
  return actions;
}

/** "vacancy.submit", "public", "signedIn" or "enrolment:secondFactor.manage": what the coverage list records. */
export function describeTag(tag: ActionTag | undefined): string {
  if (!tag) return "untagged";
  if (tag.client === "permission") return tag.permission ?? "untagged";
  if (tag.client === "enrolment") return `enrolment:${tag.permission}`;
  return tag.client;
}
