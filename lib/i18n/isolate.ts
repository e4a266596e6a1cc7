/**
 * A value put into plain text, where <bdi> cannot go (an aria-label, an accessible name given as a string): wrapped
 * in Unicode's first-strong isolate (U+2068 … U+2069), so that a Latin-script title inside an Arabic label, or an
 * Arabic name inside an English one, keeps its own direction and leaves the order of the words around it alone.
 * Screen readers do not read the marks. In rendered messages, use <bdi> instead (docs/decisions/0020).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
