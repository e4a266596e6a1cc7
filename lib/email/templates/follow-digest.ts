import type { Locale } from "@/lib/i18n/locales";
import { emailTranslator, renderEmail, type RenderedEmail } from "./render";

export type DigestItem = { title: string; content: string; link: string };

/** What happened on what someone follows since their last email: each event, its page, and how to stop. */
export function followDigestEmail(
  locale: Locale,
  input: { name: string; items: readonly DigestItem[]; more: number; unsubscribeLink: string },
): RenderedEmail {
  const t = emailTranslator(locale);
  return renderEmail(locale, t("follow.digestSubject", { name: input.name, count: input.items.length + input.more }), [
    t("follow.digestIntro", { name: input.name }),
    ...input.items.flatMap((item) => [item.title, item.content, { link: item.link }]),
    ...(input.more > 0 ? [t("follow.digestMore", { count: input.more })] : []),
    t("follow.unsubscribe"),
    { link: input.unsubscribeLink },
    t("signature"),
  ]);
}
