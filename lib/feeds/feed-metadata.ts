import "server-only";
import type { Metadata } from "next";
import { scopeFeedHref, type FeedScope } from "@/lib/domain/feed-scope";
import type { Locale } from "@/lib/i18n/locales";
import { feedTitle } from "./feed-document";

/** A page's metadata with its Atom feed in the page's language: <link rel="alternate" type="application/atom+xml">. */
export async function withFeed(metadata: Metadata, scope: FeedScope, locale: Locale): Promise<Metadata> {
  const title = await feedTitle(scope, locale);
  if (title === null) return metadata;
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { "application/atom+xml": [{ url: scopeFeedHref(scope, locale), title }] },
    },
  };
}
