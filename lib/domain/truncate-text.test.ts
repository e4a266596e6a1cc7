import { describe, expect, it } from "vitest";
import { truncateText } from "./truncate-text";

describe("truncateText", () => {
  it("keeps a short text whole, with its whitespace collapsed", () => {
    expect(truncateText("  Train  mediators\nin 2019. ", 50)).toBe("Train mediators in 2019.");
  });

  it("cuts a long text at a word boundary and marks the cut", () => {
    const cut = truncateText("Germany will fund the training of women mediators in three regions.", 40);
    expect(cut).toBe("Germany will fund the training of women…");
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it("drops punctuation left at the cut", () => {
    expect(truncateText("First clause, second clause, third clause here", 30)).toBe("First clause, second clause…");
  });

  it("cuts inside a word only when the text has no boundary early enough", () => {
    expect(truncateText("Supercalifragilisticexpialidocious indeed", 12)).toBe("Supercalifr…");
  });
});
