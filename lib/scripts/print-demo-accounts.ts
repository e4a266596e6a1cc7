// The launcher's closing lines: where to sign in, and as whom.
import { DEMO_PASSWORD, demoAccounts } from "@/prisma/seed/demo";

export function printDemoAccounts(log: (line: string) => void) {
  log(`Demo accounts (demonstration data; password for all: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts()) {
    const who =
      account.role === "SECRETARIAT"
        ? "secretariat"
        : `${account.role === "REVIEWER" ? "civil-society reviewer" : "focal point"}, ${account.memberSlug}`;
    log(`  ${account.email.padEnd(48)} ${who}`);
  }
}
