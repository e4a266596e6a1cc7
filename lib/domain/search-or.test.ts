import { describe, expect, it } from "vitest";
import { withSearchOr } from "./search-or";

describe("the word for 'or' in a search", () => {
  it("is understood in each of the six languages, and as a vertical bar", () => {
    expect(withSearchOr("peace OR security")).toBe("peace or security");
    expect(withSearchOr("paix ou sécurité")).toBe("paix or sécurité");
    expect(withSearchOr("paz o seguridad")).toBe("paz or seguridad");
    expect(withSearchOr("mujeres u hombres")).toBe("mujeres or hombres");
    expect(withSearchOr("мир или безопасность")).toBe("мир or безопасность");
    expect(withSearchOr("السلام أو الأمن")).toBe("السلام or الأمن");
    expect(withSearchOr("和平 或 安全")).toBe("和平 or 安全");
    expect(withSearchOr("peace | security")).toBe("peace or security");
  });

  it("leaves the letters alone inside words, at either end, and inside a longer word", () => {
    expect(withSearchOr("ou")).toBe("ou");
    expect(withSearchOr("où ou")).toBe("où ou");
    expect(withSearchOr("outreach ordinance")).toBe("outreach ordinance");
    expect(withSearchOr("o'brien plan")).toBe("o'brien plan");
  });
});
