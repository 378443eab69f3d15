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
});
