// A real SMTP server, in-process, for tests: the app delivers over TCP with nodemailer exactly as in production,
// and tests read what arrived. Messages can also be mirrored as JSON files for another process (Playwright) to read.
import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Each header as sent, by its lower-cased name (the last one when repeated). */
  headers: Record<string, string>;
  receivedAt: number;
};

export type SmtpSink = {
  url: string;
  messages: ReceivedMail[];
  waitFor: (predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

export async function startSmtpSink(options: { port?: number; mirrorDir?: string } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  if (options.mirrorDir) fs.mkdirSync(options.mirrorDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = [parsed.to ?? []].flat().flatMap((address) => address.value.map((v) => v.address ?? ""));
          const mail: ReceivedMail = {
            to,
            from: parsed.from?.text ?? "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(":") + 1)
                  .replace(/\r?\n\s+/g, " ")
                  .trim(),
              ]),
            ),
            receivedAt: Date.now(),
          };
          messages.push(mail);
          if (options.mirrorDir) {
            const file = path.join(options.mirrorDir, `${mail.receivedAt}-${messages.length}.json`);
            fs.writeFileSync(file, JSON.stringify(mail));
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find(predicate);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error("No matching email arrived in time");
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
