import { afterEach, describe, expect, it, vi } from "vitest";
import { isClockControlEnabled } from "./current-time";
import { clockControlMode } from "./clock-control";

afterEach(() => vi.unstubAllEnvs());

describe("the demo clock's switch (finding 15.8, decision 009)", () => {
  it("is on only with CLOCK_CONTROL=on and demo mode or a declared training environment", () => {
    expect(clockControlMode({})).toBe("off");
    expect(clockControlMode({ CLOCK_CONTROL: "off", DEMO_MODE: "on" })).toBe("off");
    expect(clockControlMode({ CLOCK_CONTROL: "on", DEMO_MODE: "on" })).toBe("on");
    expect(clockControlMode({ CLOCK_CONTROL: "on", TRAINING_ENVIRONMENT: "on" })).toBe("on");
  });

  it("is refused when CLOCK_CONTROL=on is the only variable set, or the second one is not exactly on", () => {
    expect(clockControlMode({ CLOCK_CONTROL: "on" })).toBe("refused");
    expect(clockControlMode({ CLOCK_CONTROL: "on", DEMO_MODE: "off" })).toBe("refused");
    expect(clockControlMode({ CLOCK_CONTROL: "on", DEMO_MODE: "yes", TRAINING_ENVIRONMENT: "1" })).toBe("refused");
  });

  it("never moves the portal's time when CLOCK_CONTROL=on is set alone", () => {
    vi.stubEnv("CLOCK_CONTROL", "on");
    vi.stubEnv("DEMO_MODE", "");
    vi.stubEnv("TRAINING_ENVIRONMENT", "");
    expect(isClockControlEnabled()).toBe(false);
    vi.stubEnv("DEMO_MODE", "on");
    expect(isClockControlEnabled()).toBe(true);
  });
});
