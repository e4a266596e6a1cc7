// What the secretariat may set about a commitment's place in the record (decision 0012): its kind, whom a
// recommendation addresses, the editorial note, the co-members of a joint commitment, the recommendation a pledge
// takes up. The rules the database also holds are checked here first, so a person gets words, not a failed write.
import { z } from "zod";
import { ADDRESSEES, COMMITMENT_KINDS } from "@/lib/domain/enum-values";
import { commitmentTargetSchema } from "./commitment-decision";
import { blankToUndefined } from "./field-errors";

export const ADDRESSEE_DETAIL_MAX_LENGTH = 300;
export const EDITORIAL_NOTE_MAX_LENGTH = 1000;
const MAX_CO_MEMBERS = 20;

const optionalText = (name: string, max: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, { error: `${name}.tooLong` })
      .optional(),
  );

export const commitmentRecordSchema = commitmentTargetSchema
  .extend({
    kind: z.enum(COMMITMENT_KINDS, { error: "commitmentKind.required" }),
    addressedTo: z.array(z.enum(ADDRESSEES, { error: "addressedTo.invalid" })),
    addresseeDetail: optionalText("addresseeDetail", ADDRESSEE_DETAIL_MAX_LENGTH),
    editorialNote: optionalText("editorialNote", EDITORIAL_NOTE_MAX_LENGTH),
    coMemberIds: z
      .array(z.uuid({ error: "coMemberIds.invalid" }))
      .max(MAX_CO_MEMBERS, { error: "coMemberIds.tooMany" }),
    adoptedFromId: z.preprocess(blankToUndefined, z.uuid({ error: "adoptedFromId.invalid" }).optional()),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (value.kind === "RECOMMENDATION" && value.addressedTo.length === 0) issue("addressedTo", "addressedTo.required");
    if (value.kind !== "RECOMMENDATION" && value.addressedTo.length > 0) issue("addressedTo", "addressedTo.notACall");
    if (value.addressedTo.includes("OTHER") && !value.addresseeDetail) {
      issue("addresseeDetail", "addresseeDetail.requiredForOther");
    }
    if (value.adoptedFromId && value.kind !== "PLEDGE") issue("adoptedFromId", "adoptedFromId.pledgesOnly");
  });
