import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/*
 * The layout of the house (docs/architecture.md), enforced on every import:
 * - lib/ (domain code) never imports app/ or components/, not even in tests;
 * - components/ (shared page pieces) never imports app/;
 * - a route group never imports another route group's files (app/(x)/...), nor app/api, and app/api no route group;
 * - a folder's _components are private: no import through an @/app/... path, and no relative path into another folder's.
 * Static imports go through no-restricted-imports, `await import(...)` through no-restricted-syntax.
 */
const ROUTE_GROUPS = ["public", "employer", "jobseeker", "professional", "dashboard", "admin"];

const restriction = (regex, message) => ({ regex, message });

const PRIVATE_COMPONENTS = [
  restriction("^@/app/(?:.*/)?_components/", "A folder's _components are private to it. Move a shared piece to components/<domain>/."),
  restriction("^(?:\\.\\./)+(?!_components/)[^./][^/]*/(?:.*/)?_components/", "A folder's _components are private to it. Move a shared piece to components/<domain>/."),
];

const otherRouteGroups = (group) =>
  restriction(`^(?:@/app/|(?:\\.\\./)+)\\((?!${group}\\))`, `Files in app/(${group}) do not import another route group. Move what both need to components/<domain>/ or lib/.`);

const NOT_API = restriction("^(?:@/app/|(?:\\.\\./)+)api/", "A route group does not import app/api. Move what both need to lib/.");
const NO_ROUTE_GROUP = restriction("^(?:@/app/|(?:\\.\\./)+)\\(", "app/api does not import a route group. Move what both need to lib/.");
const LIB_LAYER = restriction("^(?:@/|(?:\\.\\./)+)(?:app|components)(?:/|$)", "lib/ is the domain layer: it does not import app/ or components/ (not even in tests; test actions next to them in app/ or in tests/integration/).");
const COMPONENTS_LAYER = restriction("^(?:@/|(?:\\.\\./)+)app(?:/|$)", "components/ does not import app/. Move what both need to components/ or lib/.");

/** One rule set for a set of files: the same regexes for static imports and for `await import(...)`. */
function importRules(restrictions) {
  return {
    "no-restricted-imports": ["error", { patterns: restrictions }],
    "no-restricted-syntax": [
      "error",
      ...restrictions.map(({ regex, message }) => ({ selector: `ImportExpression[source.value=/${regex.replaceAll("/", "\\x2F")}/]`, message })),
    ],
  };
}

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "test-results-*/**", "generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      ...importRules(PRIVATE_COMPONENTS),
    },
  },
  { files: ["lib/**"], rules: importRules([LIB_LAYER, ...PRIVATE_COMPONENTS]) },
  { files: ["components/**"], rules: importRules([COMPONENTS_LAYER, ...PRIVATE_COMPONENTS]) },
  ...ROUTE_GROUPS.map((group) => ({
    files: [`app/(${group})/**`],
    rules: importRules([otherRouteGroups(group), NOT_API, ...PRIVATE_COMPONENTS]),
  })),
  { files: ["app/api/**"], rules: importRules([NO_ROUTE_GROUP, ...PRIVATE_COMPONENTS]) },
];

export default config;
