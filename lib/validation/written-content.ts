// The fields a focal point's progress update and a reviewer's independent assessment share, validated alike: the
// evidence links (each possibly "secretariat only"), the passage for the secretariat only (decision 0023) and the
// language the text is written in. Error messages are message keys, under each form's own errors namespace.
import { z } from "zod";
import { CONTENT_LOCALES } from "./content-translation";
import { EVIDENCE_LABEL_MAX_LENGTH, EVIDENCE_URL_MAX_LENGTH } from "./progress-update-fields";
import { httpUrlSchema } from "./workspace-http-url";

export const evidenceRowSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, { error: "evidence.url.required" })
    .pipe(
      httpUrlSchema({ invalid: "evidence.url.invalid", tooLong: "evidence.url.tooLong", max: EVIDENCE_URL_MAX_LENGTH }),
    ),
  label: z
    .string()
    .trim()
    .max(EVIDENCE_LABEL_MAX_LENGTH, { error: "evidence.label.tooLong" })
    .transform((label) => (label === "" ? null : label)),
  // Kept out of every public channel (decision 0023); a form from before the flag sends none: public, as then.
  secretariatOnly: z.boolean().default(false),
});

/** The passage for the secretariat only: stored apart, never in a public channel; null when left empty. */
export const privatePassageSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: "privatePassage.tooLong" })
    .default("")
    .transform((passage) => (passage === "" ? null : passage));

/** A form from before texts had a language (or a script) sends none: English, as everything was then. */
export const contentLanguageSchema = z.preprocess(
  (value) => (value === undefined || value === "" ? "en" : value),
  z.enum(CONTENT_LOCALES, { error: "language.invalid" }),
);
