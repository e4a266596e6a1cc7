// Shared class names of the console's tables and links (a plain module: server and client components both import
// it). Form controls take theirs from components/form/styles.ts.
export const TABLE_CLASS =
  "w-full border-collapse text-start text-sm [&_td]:border-b [&_td]:border-line [&_td]:p-2 [&_th]:border-b [&_th]:border-line [&_th]:p-2 [&_thead_th]:border-b-2 [&_thead_th]:border-line-strong [&_thead_th]:align-bottom [&_tbody_th]:align-top [&_td]:align-top";
/** Links that sit next to other links (a row's actions): at least 24 px tall, as WCAG 2.2's target size asks. */
export const ACTION_LINK_CLASS = "inline-block py-1";
