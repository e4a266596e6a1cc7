import { createHash } from "node:crypto";
import type { PlannedRow } from "./planned-row";

/** The fingerprint of a plan: the confirmation applies a batch only while re-planning it gives the same one. */
export function planHash(plan: readonly PlannedRow[]): string {
  return createHash("sha256").update(JSON.stringify(plan)).digest("hex");
}
