// A web address a person typed, accepted only as an absolute http(s) URL: no javascript:, data: or file: links ever
// reach a page, and no "https://un.org@elsewhere.example" that reads as one site but leads to another.
import { z } from "zod";

export function httpUrlSchema(messages: { invalid: string; tooLong: string; max: number }) {
  return z
    .string()
    .trim()
    .max(messages.max, { error: messages.tooLong })
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: messages.invalid }))
    .refine((url) => !/^[a-z]+:\/\/[^/?#]*@/i.test(url), { error: messages.invalid });
}
