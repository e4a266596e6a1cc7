// The values of the database enums that forms, filters and charts list, in the order they show them. Prisma's
// generated enums are server-side code; these lists keep pure code and client components free of it, and the type
// check below keeps them equal to the schema: a value added to the schema and missing here is a compile error.
import type {
  Addressee,
  CommitmentKind,
  MeetingKind,
  MemberKind,
  Pillar,
  RegionalGroup,
} from "@/lib/generated/prisma/enums";

/** `values`, checked to hold every member of the union `T`. */
const every =
  <T extends string>() =>
  <const Values extends readonly T[]>(
    values: Values & ([T] extends [Values[number]] ? unknown : { missing: Exclude<T, Values[number]> }),
  ): Values =>
    values;

export const PILLARS = every<Pillar>()(["PARTICIPATION", "PROTECTION", "PREVENTION", "RELIEF_RECOVERY"]);

export const MEMBER_KINDS = every<MemberKind>()([
  "MEMBER_STATE",
  "REGIONAL_ORGANISATION",
  "UN_ENTITY",
  "CIVIL_SOCIETY",
]);

export const REGIONAL_GROUPS = every<RegionalGroup>()([
  "AFRICAN",
  "ASIA_PACIFIC",
  "EASTERN_EUROPEAN",
  "LATIN_AMERICAN_CARIBBEAN",
  "WESTERN_EUROPEAN_OTHERS",
]);

export const MEETING_KINDS = every<MeetingKind>()(["CAPITAL_LEVEL", "DEBRIEF", "OTHER"]);

export const COMMITMENT_KINDS = every<CommitmentKind>()(["PLEDGE", "RECOMMENDATION", "PRACTICE"]);

export const ADDRESSEES = every<Addressee>()([
  "NETWORK",
  "NETWORK_MEMBERS",
  "SECURITY_COUNCIL",
  "SECURITY_COUNCIL_MEMBERS",
  "UN_ENTITIES",
  "ALL_MEMBER_STATES",
  "OTHER",
]);

/** The kind of statement as the URL writes it (`type`: `kind` is the member-kind filter). */
export const COMMITMENT_TYPES = ["pledge", "recommendation", "practice"] as const;
export type CommitmentType = (typeof COMMITMENT_TYPES)[number];

export function kindOfType(type: CommitmentType): CommitmentKind {
  return type.toUpperCase() as CommitmentKind;
}
