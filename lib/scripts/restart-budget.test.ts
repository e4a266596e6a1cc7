import { describe, expect, it } from "vitest";
import { restartBudget } from "./restart-budget";

describe("restartBudget", () => {
  it("allows a few restarts, then gives up, and forgives crashes older than the window", () => {
    let clock = 0;
    const mayRestart = restartBudget(3, 1000, () => clock);
    expect([mayRestart(), mayRestart(), mayRestart()]).toEqual([true, true, true]);
    expect(mayRestart()).toBe(false);
    clock = 5000;
    expect(mayRestart()).toBe(true);
  });
});
