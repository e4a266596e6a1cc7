const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug from the address bar that could name a commitment; anything else is "not found" without a query. */
export function isWorkspaceSlug(slug: string): boolean {
  return slug.length <= 200 && SLUG.test(slug);
}
