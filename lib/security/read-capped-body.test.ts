import { describe, expect, it } from "vitest";
import { readCappedBody } from "@/lib/security/read-capped-body";

/** A body of `chunks` chunks of `size` bytes that counts how many chunks were pulled. */
function countingStream(chunks: number, size: number) {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= chunks) return controller.close();
      counter.pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(counter.pulled));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

describe("readCappedBody", () => {
  it("returns the whole body when it fits", async () => {
    const { stream } = countingStream(3, 10);
    const result = await readCappedBody(stream, 30);
    expect(result.ok && result.bytes.length).toBe(30);
    expect(result.ok && [...result.bytes.slice(9, 11)]).toEqual([1, 2]);
  });

  it("stops reading and cancels the stream as soon as the cap is passed", async () => {
    const { stream, counter } = countingStream(1000, 64 * 1024); // 64 MB on offer
    const result = await readCappedBody(stream, 5 * 1024 * 1024);
    expect(result).toEqual({ ok: false, reason: "tooLarge" });
    expect(counter.pulled).toBeLessThanOrEqual(82);
    expect(counter.cancelled).toBe(true);
  });

  it("treats a missing body as empty", async () => {
    expect(await readCappedBody(null, 10)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });
});
