// The class names of form controls, one set for every form (a plain module: server and client components use it).
// An invalid control is marked by its aria-invalid, so its border follows the state without a second prop.

export const INPUT_CLASS =
  "w-full rounded border border-line-strong bg-paper px-3 py-2 aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

const BUTTON_VARIANTS = {
  primary: "border-brand bg-brand text-white hover:bg-brand-dark",
  secondary: "border-brand bg-paper text-brand hover:bg-brand-light",
  danger: "border-danger bg-paper text-danger hover:bg-danger-light",
} as const;

export type ButtonVariant = keyof typeof BUTTON_VARIANTS;

/** A button: "small" for the buttons of a table row or beside a field. */
export function buttonClass(variant: ButtonVariant = "primary", size: "normal" | "small" = "normal"): string {
  const box = size === "small" ? "px-3 py-1 text-sm" : "px-4 py-2";
  return `rounded border font-semibold disabled:opacity-70 ${box} ${BUTTON_VARIANTS[variant]}`;
}
