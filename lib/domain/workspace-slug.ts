// The slug of a proposed commitment: the member's slug and the title, in lower-case ASCII words joined by hyphens
// (./slug.ts), short enough for a readable address. Uniqueness is the mutation's job: it appends -2, -3… to this base.
import { SLUG_MAX_LENGTH, slugify } from "./slug";

export function commitmentSlugBase(memberSlug: string, title: string): string {
  const words = slugify(`${memberSlug} ${title}`) || "commitment";
  if (words.length <= SLUG_MAX_LENGTH) return words;
  // Cut at a word boundary, leaving room for a "-12" suffix.
  const cut = words.slice(0, SLUG_MAX_LENGTH - 4);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 20 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}
