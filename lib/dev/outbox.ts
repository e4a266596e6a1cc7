// The developer's outbox (/dev/outbox): the .eml files lib/email/transport.ts writes when no SMTP relay is
// configured. Who may see it is decided here, where the files are read: only while mail goes to the outbox, and then
// in development, or to the secretariat on any other deployment (a laptop `npm start` has no relay either).
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { isSecretariat } from "@/lib/auth/policy";
import type { SessionUser } from "@/lib/auth/session-user";
import { isUsingOutbox, OUTBOX_DIR } from "@/lib/email/transport";

export type OutboxMessage = {
  file: string;
  subject: string;
  to: string;
  from: string;
  date: Date | null;
  text: string;
  links: string[];
};

const FILE_NAME = /^[\w.-]+\.eml$/;

export function canReadOutbox(user: SessionUser | null): boolean {
  return isUsingOutbox() && (env.NODE_ENV === "development" || isSecretariat(user));
}

/** File names, newest first (they start with an ISO timestamp). */
export async function listOutboxFiles(): Promise<string[]> {
  const names = await fs.readdir(OUTBOX_DIR).catch(() => [] as string[]);
  return names
    .filter((name) => FILE_NAME.test(name))
    .sort()
    .reverse();
}

/** One message, as plain text; null for a name that is not a file of the outbox (no path tricks reach the disk). */
export async function readOutboxMessage(file: string): Promise<OutboxMessage | null> {
  if (!FILE_NAME.test(file) || !(await listOutboxFiles()).includes(file)) return null;
  const source = await fs.readFile(path.join(OUTBOX_DIR, file));
  // mailparser is a development dependency, loaded only when someone opens the outbox.
  const { simpleParser } = await import("mailparser");
  const mail = await simpleParser(source, { skipHtmlToText: false });
  const to = [mail.to ?? []]
    .flat()
    .map((address) => address.text)
    .join(", ");
  const text = mail.text ?? "";
  return {
    file,
    subject: mail.subject ?? "",
    to,
    from: mail.from?.text ?? "",
    date: mail.date ?? null,
    text,
    links: [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])],
  };
}
