import { z } from "zod";

/** At most one page of the list at once. */
const BULK_MAX = 100;

export const focalPointIdsSchema = z.object({
  userIds: z
    .array(z.uuid({ error: "userIds.invalid" }))
    .min(1, { error: "userIds.none" })
    .max(BULK_MAX, { error: "userIds.tooMany" })
    .transform((ids) => [...new Set(ids)]),
});

export const reassignSchema = z.object({
  userId: z.uuid(),
  memberId: z.uuid({ error: "memberId.required" }),
});
