import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const startScheduler = vi.fn();
const JOBS = [{ name: "test.job", everyMinutes: 1, run: async () => undefined }];
vi.mock("@/lib/jobs/start-scheduler", () => ({ startScheduler }));
vi.mock("@/lib/scheduled-jobs", () => ({ JOBS }));

const { register } = await import("./instrumentation");

describe("instrumentation register()", () => {
  beforeEach(() => {
    startScheduler.mockClear();
    vi.stubEnv("NEXT_PHASE", "");
    vi.stubEnv("SCHEDULER", "");
    vi.stubEnv("CLOCK_CONTROL", "");
    vi.stubEnv("DEMO_MODE", "");
    vi.stubEnv("TRAINING_ENVIRONMENT", "");
  });
  afterEach(() => vi.unstubAllEnvs());

  it("starts the scheduler with the portal's job list in the Node.js runtime of a running server", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    await register();
    expect(startScheduler).toHaveBeenCalledTimes(1);
    expect(startScheduler).toHaveBeenCalledWith({ jobs: JOBS });
  });

  it("does not start it in the edge runtime, during next build, or when switched off", async () => {
    vi.stubEnv("NEXT_RUNTIME", "edge");
    await register();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NEXT_PHASE", "phase-production-build");
    await register();
    vi.stubEnv("NEXT_PHASE", "");
    vi.stubEnv("SCHEDULER", "off");
    await register();
    expect(startScheduler).not.toHaveBeenCalled();
  });

  it("refuses to start the server when CLOCK_CONTROL=on is set alone, outside demo mode and training (finding 15.8)", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("CLOCK_CONTROL", "on");
    const exit = vi.spyOn(process, "exit").mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as typeof process.exit);
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(register()).rejects.toThrow("exit 1");
      expect(exit).toHaveBeenCalledWith(1);
      expect(error.mock.calls.flat().join(" ")).toMatch(/CLOCK_CONTROL=on/);
      expect(startScheduler).not.toHaveBeenCalled();
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });

  it("starts with a loud warning when the demo clock is on in demo mode or a declared training environment", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("CLOCK_CONTROL", "on");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      vi.stubEnv("DEMO_MODE", "on");
      await register();
      vi.stubEnv("DEMO_MODE", "off");
      vi.stubEnv("TRAINING_ENVIRONMENT", "on");
      await register();
      expect(startScheduler).toHaveBeenCalledTimes(2);
      expect(warn).toHaveBeenCalledTimes(2);
      expect(warn.mock.calls.flat().join(" ")).toMatch(/demoklok/i);
    } finally {
      warn.mockRestore();
    }
  });
});

describe("instrumentation onRequestError()", () => {
  it("notes a request that failed because the database could not be reached, and nothing else", async () => {
    const { onRequestError } = await import("./instrumentation");
    const { wasDatabaseUnavailableRecently } = await import("@/lib/db-unavailable");
    const request = { path: "/vacatures", method: "GET", headers: {} };
    const context = { routerKind: "App Router", routePath: "/vacatures", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined } as const;
    await onRequestError(new Error("Cannot read properties of undefined"), request, context);
    expect(wasDatabaseUnavailableRecently()).toBe(false);
    await onRequestError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }), request, context);
    expect(wasDatabaseUnavailableRecently()).toBe(true);
  });
});
