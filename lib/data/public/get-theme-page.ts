import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { cachedPublicRead } from "./cache";
import { getScorecard } from "./get-scorecard";
import { listCommitments } from "./list-commitments";

/** Commitments listed on a theme page (latest update first); the rest are in the explorer, filtered by the theme. */
const THEME_COMMITMENTS_SHOWN = 20;

/** A theme with its scorecard and its latest-updated commitments; null for an unknown slug. */
export const getThemePage = cache(async (slug: string, locale: Locale = defaultLocale) => {
  if (!isSlug(slug)) return null;
  const theme = await readTheme(slug, locale);
  if (!theme) return null;
  const filters = { theme: slug };
  const [scorecard, commitments] = await Promise.all([
    getScorecard(filters),
    listCommitments({ ...filters, page: 1, sort: "updated", pageSize: THEME_COMMITMENTS_SHOWN, locale }),
  ]);
  return { theme, scorecard, commitments };
});

const readTheme = cachedPublicRead("theme", async (slug: string, locale: Locale) => {
  const theme = await db.theme.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      sourceLocale: true,
      translations: translationIn(locale, { name: true, description: true }),
    },
  });
  return theme && localize(locale, theme);
});

export type ThemePage = NonNullable<Awaited<ReturnType<typeof getThemePage>>>;
