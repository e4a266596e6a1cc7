// The one way the application sends email. Every message is logged in email_log. A dedupeKey makes a send
// idempotent: the log row is claimed (PENDING) before the SMTP exchange, so a second run — or a crash between
// claiming and sending — never produces a second copy.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { EmailKind } from "@/lib/generated/prisma/enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { deliver } from "./transport";

export type OutgoingEmail = {
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  html?: string;
  userId?: string | null;
  memberId?: string | null;
  cycleId?: string | null;
  /** Same key, same email: sent at most once. */
  dedupeKey?: string;
  /** Extra headers (List-Unsubscribe on digests). */
  headers?: Record<string, string>;
  /** What email_log records instead of the address, for recipients whose address is never kept beside a log
   * (followers: "follow:<id>"). */
  logAddress?: string;
};

export type SendResult = { status: "SENT" | "FAILED" | "DUPLICATE"; logId?: string; error?: string };

export async function sendEmail(email: OutgoingEmail): Promise<SendResult> {
  let logId: string;
  try {
    const row = await db.emailLog.create({
      data: {
        kind: email.kind,
        toAddress: email.logAddress ?? email.to,
        subject: email.subject,
        userId: email.userId ?? null,
        memberId: email.memberId ?? null,
        cycleId: email.cycleId ?? null,
        dedupeKey: email.dedupeKey ?? null,
        status: "PENDING",
      },
      select: { id: true },
    });
    logId = row.id;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { status: "DUPLICATE" };
    throw error;
  }
  try {
    const { messageId } = await deliver({
      from: env.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(email.headers ? { headers: email.headers } : {}),
    });
    await db.emailLog.update({ where: { id: logId }, data: { status: "SENT", messageId } });
    return { status: "SENT", logId };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.emailLog.update({ where: { id: logId }, data: { status: "FAILED", error: message.slice(0, 2000) } });
    return { status: "FAILED", logId, error: message };
  }
}
