// `npm run digests`: sends every confirmed follower what is due (docs/decisions/0024-follow-by-email.md):
//  - IMMEDIATE: the events published since their last email, at every run;
//  - WEEKLY: the same, once seven days have passed since the window of their last email.
// Never twice, however often and however many runs at once: a follower's window (deliveredThrough, the new end) is
// claimed in one transaction that moves deliveredThrough only if it is still what this run read, and records the
// digest; the email then goes out under a dedupe key of that window (sendEmail claims it before the SMTP exchange,
// as reminders do). A crash between the claim and the send loses that email rather than ever sending it twice.
import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { followTargetSlug } from "@/lib/data/public/find-follow";
import { findScopeSubject } from "@/lib/data/public/find-scope-subject";
import { readFeedEvents } from "@/lib/data/public/list-feed-events";
import { scopePagePath } from "@/lib/domain/feed-scope";
import { sendEmail } from "@/lib/email/send-email";
import { followDigestEmail } from "@/lib/email/templates/follow-digest";
import { eventDescriber } from "@/lib/feeds/describe-event";
import { unsubscribeToken } from "@/lib/follows/follow-secrets";
import { SCOPE_OF_TARGET } from "@/lib/domain/follow-target";
import { recipientLocale, recipientUrl } from "@/lib/i18n/recipient-locale";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** Events published in the last few seconds wait for the next run: a publish stamped just before `now` may not be
 * committed yet, and the window must never close over an event this run could not see. */
const SETTLE_MS = 5_000;
/** Events listed in one email; the rest are counted ("and 12 more") and are on the pages. */
const EVENTS_PER_EMAIL = 20;

export type DigestOutcome = {
  followId: string;
  events: number;
  status: "SENT" | "FAILED" | "DUPLICATE" | "WOULD_SEND";
  error?: string;
};

export async function sendDueDigests({
  now = new Date(),
  dryRun = false,
  settleMs = SETTLE_MS,
}: { now?: Date; dryRun?: boolean; settleMs?: number } = {}): Promise<DigestOutcome[]> {
  const until = new Date(now.getTime() - settleMs);
  const follows = await db.follow.findMany({
    where: {
      state: "CONFIRMED",
      OR: [
        { frequency: "IMMEDIATE" },
        { frequency: "WEEKLY", deliveredThrough: { lte: new Date(now.getTime() - WEEK_MS) } },
      ],
    },
    select: { id: true, email: true, locale: true, target: true, targetId: true, deliveredThrough: true },
    orderBy: { createdAt: "asc" },
  });
  const outcomes: DigestOutcome[] = [];
  for (const follow of follows) {
    const outcome = await sendDigest(follow, until, dryRun);
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

type DueFollow = {
  id: string;
  email: string | null;
  locale: string;
  target: keyof typeof SCOPE_OF_TARGET;
  targetId: string;
  deliveredThrough: Date | null;
};

async function sendDigest(follow: DueFollow, until: Date, dryRun: boolean): Promise<DigestOutcome | null> {
  const since = follow.deliveredThrough;
  if (!follow.email || !since || since >= until) return null;
  const slug = await followTargetSlug(follow.target, follow.targetId);
  if (!slug) return null;
  const locale = recipientLocale(follow.locale);
  const scope = { kind: SCOPE_OF_TARGET[follow.target], slug };
  const [subject, events] = await Promise.all([
    findScopeSubject(scope, locale),
    readFeedEvents(scope, locale, { since, until, limit: 500 }),
  ]);
  if (!subject || events.length === 0) return null;
  if (dryRun) return { followId: follow.id, events: events.length, status: "WOULD_SEND" };

  const claimed = await db.$transaction(async (tx) => {
    const moved = await tx.follow.updateMany({
      where: { id: follow.id, state: "CONFIRMED", deliveredThrough: since },
      data: { deliveredThrough: until },
    });
    if (moved.count === 0) return false;
    await tx.followDigest.create({
      data: { followId: follow.id, windowStart: since, windowEnd: until, eventCount: events.length },
    });
    return true;
  });
  if (!claimed) return { followId: follow.id, events: events.length, status: "DUPLICATE" };

  const describe = eventDescriber(locale);
  // Oldest first: a digest reads as what happened, in order.
  const shown = events.slice(0, EVENTS_PER_EMAIL).reverse();
  const token = unsubscribeToken(follow.id);
  const message = followDigestEmail(locale, {
    name: subject.name,
    items: shown.map((event) => {
      const { title, content } = describe(event);
      const link = recipientUrl(
        env.APP_URL,
        locale,
        scopePagePath({ kind: "commitment", slug: event.commitment.slug }),
      );
      return { title, content, link };
    }),
    more: events.length - shown.length,
    unsubscribeLink: recipientUrl(env.APP_URL, locale, `/unsubscribe/${token}`),
  });
  const result = await sendEmail({
    kind: "FOLLOW_DIGEST",
    to: follow.email,
    logAddress: `follow:${follow.id}`,
    ...message,
    dedupeKey: `follow-digest:${follow.id}:${until.toISOString()}`,
    headers: {
      "List-Unsubscribe": `<${new URL(`/api/unsubscribe/${token}`, env.APP_URL).href}>, <mailto:${mailbox(env.MAIL_FROM)}?subject=unsubscribe%20${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
  return {
    followId: follow.id,
    events: events.length,
    status: result.status,
    ...(result.error ? { error: result.error } : {}),
  };
}

/** The address of MAIL_FROM ("Name <a@b>" or "a@b"): where a mail client's mailto: unsubscribe goes. */
function mailbox(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}
