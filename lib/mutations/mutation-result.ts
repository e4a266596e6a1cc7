// What a secretariat mutation answers. Refusals are thrown (AuthorizationError); everything a person can act on
// comes back as a result, and a failed result never wrote anything.
import type { FieldErrors } from "@/lib/validation/field-errors";

export type MutationFailure =
  /** Field errors as message keys, e.g. { isoCode: ["isoCode.unknown"] }. */
  | { ok: false; error: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; error: "not_found" }
  /** Someone else changed the record since the form was shown (optimistic concurrency); nothing was written. */
  | { ok: false; error: "conflict" }
  /** The record is no longer in a state this action applies to (e.g. an update already published). */
  | { ok: false; error: "wrong_state" };

export type MutationResult<Success extends object = object> = ({ ok: true } & Success) | MutationFailure;

export const NOT_FOUND = { ok: false, error: "not_found" } as const;
export const CONFLICT = { ok: false, error: "conflict" } as const;
export const WRONG_STATE = { ok: false, error: "wrong_state" } as const;

export function invalid(fieldErrors: FieldErrors): MutationFailure {
  return { ok: false, error: "invalid", fieldErrors };
}
