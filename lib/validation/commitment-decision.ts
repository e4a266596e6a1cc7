// The secretariat's decisions on commitments: approve or return a proposal, discontinue an approved commitment.
import { z } from "zod";

export const DECISION_COMMENT_MAX_LENGTH = 1000;

export const commitmentTargetSchema = z.object({
  commitmentId: z.uuid(),
  version: z.coerce.number().int().min(1),
});

const requiredText = (name: string) =>
  z
    .string({ error: `${name}.required` })
    .trim()
    .min(1, { error: `${name}.required` })
    .max(DECISION_COMMENT_MAX_LENGTH, { error: `${name}.tooLong` });

export const returnProposalSchema = commitmentTargetSchema.extend({ comment: requiredText("comment") });
export const discontinueSchema = commitmentTargetSchema.extend({ reason: requiredText("reason") });
