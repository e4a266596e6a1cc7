// The slug of a proposed commitment: the member's slug and the title, in lower-case ASCII words joined by hyphens
// (the database accepts only ^[a-z0-9]+(-[a-z0-9]+)*$), short enough for a readable address. Uniqueness is the
// mutation's job: it appends -2, -3… to this base.

export const SLUG_MAX_LENGTH = 80;

export function slugWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function commitmentSlugBase(memberSlug: string, title: string): string {
  const words = slugWords(`${memberSlug} ${title}`) || "commitment";
  if (words.length <= SLUG_MAX_LENGTH) return words;
  // Cut at a word boundary, leaving room for a "-12" suffix.
  const cut = words.slice(0, SLUG_MAX_LENGTH - 4);
  const boundary = cut.lastIndexOf("-");
  return (boundary > 20 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}
