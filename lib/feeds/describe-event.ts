// One event in words, in the reader's language: the title and text of a feed entry and of a digest's paragraph.
import { createFormatter, createTranslator } from "next-intl";
import type { FeedEvent } from "@/lib/data/public/list-feed-events";
import type { Locale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";

export type DescribedEvent = { title: string; content: string; contentLang?: string };

export function eventDescriber(locale: Locale) {
  const t = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "public.feed.entry",
    timeZone: DISPLAY_TIME_ZONE,
  });
  // A redacted narrative is gone; the reader is told so in the words the pages use (decision 0023).
  const tUpdate = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "public.update",
    timeZone: DISPLAY_TIME_ZONE,
  });
  const format = createFormatter({ locale, timeZone: DISPLAY_TIME_ZONE });
  const narrative = (text: { narrative: string; narrativeRedactedAt: Date | null }) =>
    text.narrativeRedactedAt
      ? tUpdate("redacted", { date: format.dateTime(text.narrativeRedactedAt, { dateStyle: "long" }) })
      : text.narrative;
  const status = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "statuses.implementation",
    timeZone: DISPLAY_TIME_ZONE,
  });
  return (event: FeedEvent): DescribedEvent => {
    const names = { title: event.commitment.title, member: event.commitment.member.name };
    switch (event.kind) {
      case "commitment":
        return { title: t("commitment", names), content: event.commitment.description };
      case "update": {
        const shown = status(event.status ?? "NOT_REPORTED");
        const percent = event.update?.percentComplete;
        const summary =
          percent === null || percent === undefined
            ? t("updateSummary", { status: shown })
            : t("updateSummaryPercent", { status: shown, percent: percent / 100 });
        return {
          title: t("update", names),
          content: event.update ? `${summary}\n\n${narrative(event.update)}` : summary,
          ...(event.update && event.update.language !== locale ? { contentLang: event.update.language } : {}),
        };
      }
      case "assessment": {
        const summary = t("assessmentSummary", { status: status(event.status ?? "NOT_REPORTED") });
        const organisation = event.assessment?.organisation.name ?? "";
        return {
          title: t("assessment", { organisation, title: event.commitment.title }),
          content: event.assessment ? `${summary}\n\n${narrative(event.assessment)}` : summary,
          ...(event.assessment && event.assessment.language !== locale
            ? { contentLang: event.assessment.language }
            : {}),
        };
      }
      case "status":
        return {
          title: event.previousStatus
            ? t("statusChanged", { ...names, from: status(event.previousStatus), to: status(event.status!) })
            : t("statusFirst", { ...names, to: status(event.status ?? "NOT_REPORTED") }),
          content: t("statusContent", { ...names, to: status(event.status ?? "NOT_REPORTED") }),
        };
    }
  };
}
