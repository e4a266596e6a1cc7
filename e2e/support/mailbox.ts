// Emails the app sent during this run, as received by the in-process SMTP server that `npm test` starts.
import fs from "node:fs";
import path from "node:path";
import { readSetting } from "@/lib/env";
import type { ReceivedMail } from "@/lib/testing/smtp-sink";

function readAll(): ReceivedMail[] {
  const dir = readSetting("MAILBOX_DIR");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as ReceivedMail);
}

/** Waits for the newest email to `to` received after `since` (ms epoch), optionally matching the subject. */
export async function waitForEmail(to: string, options: { since?: number; subject?: RegExp; timeoutMs?: number } = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 15_000);
  while (Date.now() < deadline) {
    const found = readAll()
      .filter((m) => m.to.includes(to.toLowerCase()) && m.receivedAt >= (options.since ?? 0))
      .filter((m) => !options.subject || options.subject.test(m.subject))
      .at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No email to ${to} arrived in time`);
}

/** The first link in an email's text that starts with the app's base URL. */
export function linkIn(mail: ReceivedMail, baseURL: string): string {
  const match = mail.text.match(new RegExp(`${baseURL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^\\s>)]+`));
  if (!match) throw new Error(`No link to ${baseURL} in email "${mail.subject}"`);
  return match[0];
}

/** Every email to `to` whose subject matches, in the order received. */
export function emailsTo(to: string, subject: RegExp): ReceivedMail[] {
  return readAll().filter((m) => m.to.includes(to.toLowerCase()) && subject.test(m.subject));
}
