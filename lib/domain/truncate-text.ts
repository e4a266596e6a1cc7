// Shortening text for places with a length budget (a link preview's description), without cutting a word in two.

/** `text` with its whitespace collapsed, cut at the last word boundary before `max` characters, with "…" when cut. */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1); // room for the "…"
  const boundary = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
