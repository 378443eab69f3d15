import { describe, expect, it } from "vitest";
import { retryDelayMinutes } from "./retry-delay";

describe("retryDelayMinutes", () => {
  it("doubles from one minute and stops at an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(retryDelayMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});
