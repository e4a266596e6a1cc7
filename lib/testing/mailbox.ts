// The SMTP sink of the current integration test file (started in integration-setup.ts).
import type { SmtpSink } from "./smtp-sink";

let current: SmtpSink | undefined;

export function setMailbox(sink: SmtpSink | undefined) {
  current = sink;
}

export function mailbox(): SmtpSink {
  if (!current) throw new Error("No SMTP sink: integration tests start one in lib/testing/integration-setup.ts");
  return current;
}
