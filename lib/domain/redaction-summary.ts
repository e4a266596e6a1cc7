// What the secretariat removed from a published update or assessment after the fact (decision 0023), as the API,
// the open data and their documentation state it: which kinds of part went and when the latest went, so a reader
// of the data knows text was removed rather than never written. The removed words themselves are kept nowhere.

/** The parts of a published text the secretariat can redact, as coded in the API and the open data. */
export const REDACTED_PARTS = ["narrative", "evidence_link"] as const;
type RedactedPart = (typeof REDACTED_PARTS)[number];

export type RedactionSummary = { parts: RedactedPart[]; at: Date | null };

/**
 * `narrativeRedactedAt`: when the narrative was redacted, if it was. `linksRedactedAt`: when evidence links were
 * redacted (one date per link, any order).
 */
export function redactionSummary(narrativeRedactedAt: Date | null, linksRedactedAt: readonly Date[]): RedactionSummary {
  const parts: RedactedPart[] = [];
  if (narrativeRedactedAt) parts.push("narrative");
  if (linksRedactedAt.length > 0) parts.push("evidence_link");
  const times = [...(narrativeRedactedAt ? [narrativeRedactedAt] : []), ...linksRedactedAt].map((d) => d.getTime());
  return { parts, at: times.length > 0 ? new Date(Math.max(...times)) : null };
}
