// Shared class names of the console's controls (a plain module: server and client components both import it).
export const INPUT_CLASS =
  "w-full rounded border border-line-strong bg-paper px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";
export const BUTTON_CLASS =
  "rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-70";
export const SECONDARY_BUTTON_CLASS =
  "rounded border border-brand bg-paper px-4 py-2 font-semibold text-brand hover:bg-brand-light disabled:opacity-70";
export const DANGER_BUTTON_CLASS =
  "rounded border border-danger bg-paper px-4 py-2 font-semibold text-danger hover:bg-danger-light disabled:opacity-70";
export const SMALL_BUTTON_CLASS =
  "rounded border border-brand bg-paper px-2 py-1 text-sm font-semibold text-brand hover:bg-brand-light disabled:opacity-70";
export const TABLE_CLASS =
  "w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-line [&_td]:p-2 [&_th]:border-b [&_th]:border-line [&_th]:p-2 [&_thead_th]:border-b-2 [&_thead_th]:border-line-strong [&_thead_th]:align-bottom [&_tbody_th]:align-top [&_td]:align-top";
/** Links that sit next to other links (a row's actions): at least 24 px tall, as WCAG 2.2's target size asks. */
export const ACTION_LINK_CLASS = "inline-block py-1";
