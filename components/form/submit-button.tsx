// A form's submit button: disabled while the post is on its way, and saying so.
import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonVariant } from "./styles";

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "className"> & {
  pending: boolean;
  /** What the button says while pending; its label when omitted. */
  pendingLabel?: string;
  variant?: ButtonVariant;
  size?: "normal" | "small";
};

export function SubmitButton({ pending, pendingLabel, variant, size, children, ...button }: Props) {
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant, size)} {...button}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
