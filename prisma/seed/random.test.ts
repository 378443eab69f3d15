import { describe, expect, it } from "vitest";
import { createRandom } from "./random";

describe("createRandom (seed PRNG)", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createRandom(2026);
    const b = createRandom(2026);
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(createRandom(7).id()).toBe(createRandom(7).id());
  });

  it("gives a different sequence for a different seed", () => {
    const a = Array.from({ length: 10 }, createRandom(1).next);
    const b = Array.from({ length: 10 }, createRandom(2).next);
    expect(a).not.toEqual(b);
  });

  it("stays within bounds", () => {
    const random = createRandom(42);
    for (let i = 0; i < 2000; i++) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      const n = random.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
  });

  it("samples distinct items and makes cuid-shaped ids", () => {
    const random = createRandom(5);
    const sample = random.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
    const ids = Array.from({ length: 1000 }, () => random.id());
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids.slice(0, 20)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("picks by weight", () => {
    const random = createRandom(9);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 1000; i++) counts[random.weighted([["a", 9], ["b", 1]] as const)]++;
    expect(counts.a).toBeGreaterThan(800);
    expect(counts.b).toBeGreaterThan(30);
  });
});
