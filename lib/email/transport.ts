// Mail leaves through SMTP when SMTP_URL is configured; otherwise each message is written to .data/outbox as an
// .eml file, which developers read at /dev/outbox (and which is how `npm start` on a laptop works with no relay).
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "@/lib/env";

export const OUTBOX_DIR = path.resolve(".data", "outbox");

export type Delivery = { messageId: string };
export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
};

let smtp: Transporter<SMTPTransport.SentMessageInfo> | undefined;

export async function deliver(message: MailMessage): Promise<Delivery> {
  if (env.SMTP_URL) {
    smtp ??= nodemailer.createTransport(env.SMTP_URL);
    const info = await smtp.sendMail(message);
    return { messageId: info.messageId };
  }
  return writeToOutbox(message);
}

async function writeToOutbox(message: MailMessage): Promise<Delivery> {
  const stream = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await stream.sendMail(message);
  await fs.mkdir(OUTBOX_DIR, { recursive: true });
  const file = `${new Date().toISOString().replaceAll(":", "-")}-${crypto.randomUUID()}.eml`;
  await fs.writeFile(path.join(OUTBOX_DIR, file), info.message as Buffer);
  return { messageId: info.messageId };
}

export function isUsingOutbox(): boolean {
  return !env.SMTP_URL;
}
