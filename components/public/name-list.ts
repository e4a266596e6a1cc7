import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** “A”, “B” and “C” — or the first three and "N others", so a summary sentence stays a sentence. */
export function nameList(format: Formatter, names: string[], others: (count: number) => string, max = 3): string {
  const quoted = names.map((name) => `“${name}”`);
  const shown = quoted.length > max ? [...quoted.slice(0, max), others(quoted.length - max)] : quoted;
  return format.list(shown, { type: "conjunction" });
}
