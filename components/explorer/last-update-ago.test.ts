import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import ar from "@/lib/i18n/messages/ar/explorer.json";
import fr from "@/lib/i18n/messages/fr/explorer.json";
import zh from "@/lib/i18n/messages/zh/explorer.json";
import type { Locale } from "@/lib/i18n/locales";
import { lastUpdateAgo } from "./last-update-ago";

const now = new Date("2026-03-10T15:00:00Z");
const published = new Date("2026-03-07T09:00:00Z");

function line(locale: Locale, explorer: typeof fr) {
  const t = createTranslator({ locale, messages: { explorer }, namespace: "explorer" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  return t("row.lastUpdate", {
    date: format.dateTime(published, { dateStyle: "medium" }),
    ago: lastUpdateAgo(published, format, t("age.today"), now),
  });
}

describe("the last update line", () => {
  it("is one sentence in the reader's language, the relative time included", () => {
    expect(line("fr", fr)).toBe("Dernier rapport : 7 mars 2026 (il y a 3 jours)");
    expect(line("zh", zh)).toBe("最近报告：2026年3月7日（3天前）");
    expect(line("ar", ar)).toContain("3 أيام");
  });

  it("says today in the reader's language for an update published today", () => {
    const format = createFormatter({ locale: "fr", timeZone: "UTC" });
    expect(lastUpdateAgo(new Date("2026-03-10T01:00:00Z"), format, fr.age.today, now)).toBe("aujourd’hui");
  });
});
