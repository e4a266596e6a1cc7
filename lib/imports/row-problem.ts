// What is wrong with one row, in words the preview shows (lib/i18n/messages/en/imports.json, `imports.problem.<code>`):
// the column it is in, the value found and, for a duplicate, the other line.

type RowProblemCode =
  | "required"
  | "sourceExcerptMissing"
  | "tooLong"
  | "formula"
  | "badSlug"
  | "badDate"
  | "badNumber"
  | "badPercent"
  | "badUrl"
  | "unknownMember"
  | "unknownTheme"
  | "unknownMeeting"
  | "unknownCode"
  | "unknownCommitment"
  | "tooManyThemes"
  | "leadNotFirst"
  | "addresseeMissing"
  | "addresseeDetailMissing"
  | "duplicateReference"
  | "adoptsNotRecommendation"
  | "onlyPledgeAdopts"
  | "kindLocked"
  | "notPledge"
  | "futureDate"
  | "tooManyLinks"
  | "percentStatus"
  | "duplicateReport"
  | "reportExists";

export type RowProblem = { code: RowProblemCode; column?: string; value?: string; otherLine?: number; max?: number };
