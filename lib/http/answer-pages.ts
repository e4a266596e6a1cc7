// The pages that explain a signed-in route handler's refusal, limit or failure to a person (app/downloads/[answer]).
// Shared by the route side (./answer.ts), which builds their addresses, and the page, which reads them back.

const ANSWERS = ["sign-in", "forbidden", "limit", "failed"] as const;
export type Answer = (typeof ANSWERS)[number];

/** Where a person who clicked a download link goes back to: a page of the site, named on the link. */
const WAYS_BACK = ["exports", "auditLog", "members", "report", "import"] as const;
export type WayBack = { to: (typeof WAYS_BACK)[number]; href: string };

export type AnswerDetails = {
  back: WayBack;
  /** The download's own path and query: signing in comes back to it. */
  from?: string;
  retryAfterSeconds?: number;
  /** The request id, which a person can quote and an operator can find in the log. */
  reference?: string;
};

/** Whole minutes until a Retry-After has passed, never 0 ("try again in 0 minutes" reads like "now"). */
export function minutesUntil(retryAfterSeconds: number): number {
  return Math.max(1, Math.ceil(retryAfterSeconds / 60));
}

export function isAnswer(value: string): value is Answer {
  return (ANSWERS as readonly string[]).includes(value);
}

export function isWayBack(value: string | undefined): value is WayBack["to"] {
  return (WAYS_BACK as readonly (string | undefined)[]).includes(value);
}

export function answerPagePath(answer: Answer, details: AnswerDetails): string {
  const query = new URLSearchParams({ back: details.back.href, to: details.back.to });
  if (details.from) query.set("from", details.from);
  if (details.retryAfterSeconds !== undefined) query.set("retryAfter", String(details.retryAfterSeconds));
  if (details.reference) query.set("reference", details.reference);
  return `/downloads/${answer}?${query}`;
}
