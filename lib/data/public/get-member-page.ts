import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { isSlug } from "@/lib/domain/slug";
import { localize, translationIn } from "@/lib/i18n/localized-text";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { cachedPublicRead } from "./cache";
import { getScorecard } from "./get-scorecard";
import { listCommitments } from "./list-commitments";

/** Commitments listed on a member page; a member with more gets a link to all of them in the explorer. */
const MEMBER_COMMITMENTS_SHOWN = 50;

/** A member with its scorecard and its approved commitments; null for an unknown slug. Deduplicated per request. */
export const getMemberPage = cache(async (slug: string, locale: Locale = defaultLocale) => {
  if (!isSlug(slug)) return null;
  const member = await readMember(slug, locale);
  if (!member) return null;
  const filters = { member: slug };
  const [scorecard, commitments] = await Promise.all([
    getScorecard(filters),
    listCommitments({ ...filters, page: 1, sort: "title", pageSize: MEMBER_COMMITMENTS_SHOWN, locale }),
  ]);
  return { member, scorecard, commitments };
});

const readMember = cachedPublicRead("member", async (slug: string, locale: Locale) => {
  const member = await db.member.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      shortName: true,
      sourceLocale: true,
      translations: translationIn(locale, { name: true, shortName: true }),
      kind: true,
      isoCode: true,
      regionalGroup: true,
      isDemo: true,
    },
  });
  return member && localize(locale, member);
});

export type MemberPage = NonNullable<Awaited<ReturnType<typeof getMemberPage>>>;
