// The Atom feed of a scope in one language (docs/decisions/0024-follow-by-email.md): its latest events through the
// public read (cached with the public data, so a publish shows at once), written by lib/domain/atom-feed.ts.
import "server-only";
import { createTranslator } from "next-intl";
import { findScopeSubject } from "@/lib/data/public/find-scope-subject";
import { listFeedEvents } from "@/lib/data/public/list-feed-events";
import { atomXml } from "@/lib/domain/atom-feed";
import { scopeFeedHref, scopePagePath, type FeedScope } from "@/lib/domain/feed-scope";
import { env } from "@/lib/env";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";
import { messages } from "@/lib/i18n/messages";
import { DISPLAY_TIME_ZONE } from "@/lib/i18n/time-zone";
import { eventDescriber } from "./describe-event";

/** The first day of the tracker's feeds: `updated` of a feed with no entry yet. */
const FEEDS_BEGIN = new Date("2026-12-05T00:00:00Z");

/** The feed's title in `locale` ("El Salvador: commitments and progress"); null when the scope is not public. */
export async function feedTitle(scope: FeedScope, locale: Locale): Promise<string | null> {
  const t = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "public.feed",
    timeZone: DISPLAY_TIME_ZONE,
  });
  if (scope.kind === "all") return t("title.all");
  const subject = await findScopeSubject(scope, locale);
  return subject ? t(`title.${scope.kind}`, { name: subject.name }) : null;
}

async function feedDocument(scope: FeedScope, locale: Locale): Promise<string | null> {
  const title = await feedTitle(scope, locale);
  if (title === null) return null;
  const t = createTranslator({
    locale,
    messages: messages[locale],
    namespace: "public.feed",
    timeZone: DISPLAY_TIME_ZONE,
  });
  const origin = new URL(env.APP_URL).origin;
  const host = new URL(env.APP_URL).hostname;
  const describe = eventDescriber(locale);
  const events = await listFeedEvents(scope, locale);
  const self = `${origin}${scopeFeedHref(scope, locale)}`;
  return atomXml({
    id: self,
    title,
    subtitle: t("subtitle"),
    self,
    alternate: `${origin}${localizedPath(locale, scopePagePath(scope))}`,
    lang: locale,
    author: t("author"),
    fallbackUpdated: FEEDS_BEGIN,
    entries: events.map((event) => ({
      // The same event is another entry in another language: its words differ.
      id: `tag:${host},2026-12-05:${event.kind}/${event.id}/${locale}`,
      updated: event.at,
      link: `${origin}${localizedPath(locale, scopePagePath({ kind: "commitment", slug: event.commitment.slug }))}`,
      author: event.assessment?.organisation.name ?? event.commitment.member.name,
      ...describe(event),
    })),
  });
}

/** GET of a feed.xml: the scope's feed in the language asked for with `?locale=` (English by default), or 404. */
export async function feedResponse(request: Request, scope: FeedScope): Promise<Response> {
  const asked = new URL(request.url).searchParams.get("locale");
  const xml = await feedDocument(scope, isLocale(asked) ? asked : defaultLocale);
  if (xml === null) return new Response(null, { status: 404 });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
