import type { StatusCategory } from "@/lib/domain/implementation-status";
import { statusPatternsMarkup } from "./status-patterns";

/** SVG <defs> with a textured pattern per status (or only those listed), ids `${prefix}-${STATUS}`. */
export function StatusPatternDefs({ prefix, only }: { prefix: string; only?: readonly StatusCategory[] }) {
  // The patterns never change in the browser: one string rather than a dozen elements to send and hydrate.
  return <g dangerouslySetInnerHTML={{ __html: statusPatternsMarkup(prefix, only).html }} />;
}
