// What a feed or a follow covers: the whole tracker, or one commitment, member or theme (by its slug).
export type FeedScope = { kind: "all" } | { kind: "commitment" | "member" | "theme"; slug: string };

const PAGE_FOLDERS = { commitment: "commitments", member: "members", theme: "themes" } as const;

/** The English path of the scope's page ("/" for the whole tracker); localizedPath gives it in another language. */
export function scopePagePath(scope: FeedScope): string {
  return scope.kind === "all" ? "/" : `/${PAGE_FOLDERS[scope.kind]}/${scope.slug}`;
}

/** The scope's Atom feed, beside its page: /feed.xml, /commitments/<slug>/feed.xml… (the language is `?locale=`). */
function scopeFeedPath(scope: FeedScope): string {
  return scope.kind === "all" ? "/feed.xml" : `${scopePagePath(scope)}/feed.xml`;
}

/** The feed's address in a language, relative to the site: English is the default, other languages `?locale=`. */
export function scopeFeedHref(scope: FeedScope, locale: string): string {
  return `${scopeFeedPath(scope)}${locale === "en" ? "" : `?locale=${locale}`}`;
}
