import { z } from "zod";
import { blankToUndefined } from "./field-errors";
import { slugField, slugOrFrom } from "./slug";

export const THEME_FIELDS = ["name", "slug", "description"] as const;

export const themeSchema = z
  .object({
    name: z
      .string({ error: "name.required" })
      .trim()
      .min(1, { error: "name.required" })
      .max(120, { error: "name.tooLong" }),
    slug: z.preprocess(blankToUndefined, slugField()),
    description: z.preprocess(
      blankToUndefined,
      z.string().trim().max(1000, { error: "description.tooLong" }).optional(),
    ),
  })
  .transform((theme, ctx) => {
    const slug = slugOrFrom(theme.slug, theme.name);
    if (!slug) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "slug.invalid" });
      return z.NEVER;
    }
    return { ...theme, slug };
  });

/** Moving a theme one place up or down the Network's list. */
export const moveThemeSchema = z.object({ themeId: z.uuid(), direction: z.enum(["up", "down"]) });
