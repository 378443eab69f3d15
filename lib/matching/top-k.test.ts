import { describe, expect, it } from "vitest";
import { seededRandom } from "./testing/random-profiles";
import { TopK } from "./top-k";

describe("TopK", () => {
  it("keeps the best k by score, then by the id order", () => {
    const random = seededRandom(3);
    for (let round = 0; round < 50; round++) {
      const k = 1 + Math.floor(random() * 20);
      const n = Math.floor(random() * 200);
      const ids = Array.from({ length: n }, () => Math.floor(random() * 1_000_000));
      const scores = Array.from({ length: n }, () => Math.floor(random() * 10));
      const top = new TopK(k, (a, b) => ids[a]! < ids[b]! || (ids[a] === ids[b] && a < b));
      for (let slot = 0; slot < n; slot++) top.offer(slot, scores[slot]!);
      const expected = Array.from({ length: n }, (_, slot) => slot)
        .sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]! || a - b)
        .slice(0, k)
        .map((slot) => ({ slot, score: scores[slot]! }));
      expect(top.sorted()).toEqual(expected);
    }
  });
});
