// A commitment as the import compares it: one value per import column, text or null, or a list. Lists that are sets
// (themes, pillars, addressees) are in a fixed order, so that the same set always compares equal; member_slugs is
// the lead, then co-members by slug.
import { ADDRESSEES, PILLARS } from "@/lib/domain/enum-values";
import { code } from "@/lib/open-data/codes";
import type { CommitmentImportColumn } from "./commitment-columns";

export type CommitmentValue = string | null | string[];
export type CommitmentValues = Record<Exclude<CommitmentImportColumn, "commitment_slug">, CommitmentValue>;

export const PILLAR_ORDER: readonly string[] = PILLARS.map(code);
export const ADDRESSEE_ORDER: readonly string[] = ADDRESSEES.map(code);

export const inOrder = (values: readonly string[], order: readonly string[]) =>
  [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
export const bySlug = (values: readonly string[]) => [...values].sort();

export const membersList = (lead: string, others: readonly string[]) => [
  lead,
  ...bySlug(others.filter((slug) => slug !== lead)),
];

export function sameValue(a: CommitmentValue, b: CommitmentValue): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    const left = Array.isArray(a) ? a : [];
    const right = Array.isArray(b) ? b : [];
    return left.length === right.length && left.every((item, i) => item === right[i]);
  }
  return a === b;
}

/** How a value reads in the preview's diff and in the audit log. */
export function displayValue(value: CommitmentValue): string | null {
  if (Array.isArray(value)) return value.length > 0 ? value.join("; ") : null;
  return value;
}
