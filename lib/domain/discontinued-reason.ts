// The reason the public commitment page shows when a member's published update says the commitment is discontinued.
// The barriers are the structured "why" (update-transitions.ts requires at least one), so their own words come first;
// when no barrier has a detail, the narrative is the member's account. Capped at `max`, the length the secretariat's
// own reason may have (lib/validation/commitment-decision.ts); the full text stays on the update in the timeline.

export type DiscontinuingUpdate = { narrative: string; barriers: { detail: string | null }[] };

/** null when the update gives no words at all (the timeline still shows its barrier kinds). */
export function discontinuedReasonOf(update: DiscontinuingUpdate, max: number): string | null {
  const details = update.barriers.map((barrier) => squash(barrier.detail ?? "")).filter(Boolean);
  const reason = details.length > 0 ? joinSentences(details) : squash(update.narrative);
  return reason ? shorten(reason, max) : null;
}

/** The page shows the reason in one paragraph: line breaks and runs of spaces become one space. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "Budget cut; Mandate ended", but "Budget cut. Mandate ended." when each detail is already a sentence. */
function joinSentences(parts: string[]): string {
  return parts.map((part, i) => (i < parts.length - 1 && !/[.!?;:]$/.test(part) ? `${part};` : part)).join(" ");
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1); // never half a surrogate pair
  const space = cut.lastIndexOf(" ");
  if (space > max / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}
