import { describe, expect, it } from "vitest";
import { readAhead } from "./read-ahead";

/** A source that records when each batch is asked for, relative to the batches already handed on. */
function recordingSource(batches: number, log: string[]) {
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let i = 1; i <= batches; i++) {
          log.push(`read ${i}`);
          await Promise.resolve();
          yield i;
        }
      } finally {
        log.push("source closed");
      }
    },
  };
}

describe("readAhead", () => {
  it("hands on every batch in order, reading the next while the current one is written", async () => {
    const log: string[] = [];
    for await (const batch of readAhead(recordingSource(3, log))) log.push(`write ${batch}`);
    expect(log).toEqual(["read 1", "read 2", "write 1", "read 3", "write 2", "source closed", "write 3"]);
  });

  it("reads at most one batch ahead of the writer", async () => {
    const log: string[] = [];
    const batches = readAhead(recordingSource(10, log));
    await batches.next();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log.filter((line) => line.startsWith("read"))).toEqual(["read 1", "read 2"]);
    await batches.return(undefined);
  });

  it("closes the source when the writer stops early", async () => {
    const log: string[] = [];
    for await (const batch of readAhead(recordingSource(10, log))) if (batch === 2) break;
    expect(log.at(-1)).toBe("source closed");
    expect(log.filter((line) => line.startsWith("read")).length).toBeLessThanOrEqual(3);
  });

  it("passes a failed read on to the writer", async () => {
    const failing = {
      async *[Symbol.asyncIterator]() {
        yield 1;
        throw new Error("connection lost");
      },
    };
    const written: number[] = [];
    await expect(async () => {
      for await (const batch of readAhead(failing)) written.push(batch);
    }).rejects.toThrow("connection lost");
    expect(written).toEqual([1]);
  });
});
