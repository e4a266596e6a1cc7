// What the secretariat enters for a member. Error messages are message keys under "register.errors".
import { z } from "zod";
import { isIsoAlpha3, normaliseIsoAlpha3 } from "@/lib/domain/iso-codes";
import { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import { blankToUndefined } from "./field-errors";
import { slugField, slugOrFrom } from "./slug";

export const MEMBER_FIELDS = ["name", "shortName", "slug", "kind", "isoCode", "regionalGroup"] as const;

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

export const memberSchema = z
  .object({
    name: text(200, "name.required", "name.tooLong"),
    shortName: z.preprocess(blankToUndefined, z.string().trim().max(60, { error: "shortName.tooLong" }).optional()),
    slug: z.preprocess(blankToUndefined, slugField()),
    kind: z.enum(MemberKind, { error: "kind.required" }),
    isoCode: z.preprocess(
      (value) => (typeof value === "string" ? blankToUndefined(normaliseIsoAlpha3(value)) : value),
      z.string().refine(isIsoAlpha3, { error: "isoCode.unknown" }).optional(),
    ),
    regionalGroup: z.preprocess(blankToUndefined, z.enum(RegionalGroup, { error: "regionalGroup.invalid" }).optional()),
  })
  .superRefine((member, ctx) => {
    // Member states are drawn on the map and counted by regional group (a database check enforces it too).
    if (member.kind === "MEMBER_STATE" && !member.isoCode) {
      ctx.addIssue({ code: "custom", path: ["isoCode"], message: "isoCode.requiredForStates" });
    }
    if (member.kind === "MEMBER_STATE" && !member.regionalGroup) {
      ctx.addIssue({ code: "custom", path: ["regionalGroup"], message: "regionalGroup.requiredForStates" });
    }
  })
  .transform((member, ctx) => {
    const slug = slugOrFrom(member.slug, member.name);
    if (!slug) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.invalid" });
      return z.NEVER;
    }
    return { ...member, slug };
  });
