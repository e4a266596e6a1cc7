"use client";

import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useTransition, type FormEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { localizedPath } from "@/lib/i18n/localized-path";

type Props = {
  id: string;
  /** The page the form goes to. Without JavaScript the browser submits it as a plain GET form. */
  action: string;
  className?: string;
  labelledBy?: string;
  children: ReactNode;
};

/**
 * The id of the control that had focus when a GetForm was submitted. The page rebuilds its forms for the new view
 * (they are keyed by it, so Back and Forward show what the URL says), which would drop focus on the page's body and
 * send a keyboard user back to the top of the form: the same control of the new form takes focus instead.
 */
let focusAfterSubmit: string | null = null;

/**
 * A GET form whose fields become the URL. Without JavaScript the browser does exactly that; with it, the same URL
 * is pushed through the router, so the page updates without a full reload and Back and Forward still work. Empty
 * fields (the "All" choices) are left out, so URLs stay short and shareable.
 */
export function GetForm({ id, action, className, labelledBy, children }: Props) {
  const t = useTranslations("explorer.search");
  const router = useRouter();
  const locale = useLocale();
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (isPending || !focusAfterSubmit) return;
    const control = document.getElementById(focusAfterSubmit);
    if (control?.closest("form")?.id !== id) return;
    focusAfterSubmit = null;
    if (control !== document.activeElement) control.focus();
  }, [id, isPending]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const focused = document.activeElement;
    focusAfterSubmit = focused?.id && event.currentTarget.contains(focused) ? focused.id : null;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(name, value.trim());
    }
    const query = params.toString();
    startTransition(() => router.push(query ? `${action}?${query}` : action, { scroll: false }));
  }

  return (
    <form
      id={id}
      method="get"
      action={localizedPath(isLocale(locale) ? locale : defaultLocale, action)}
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
      aria-busy={isPending}
      className={className}
    >
      {children}
      <p aria-live="polite" className="text-sm text-ink-muted empty:hidden">
        {isPending ? t("updating") : ""}
      </p>
    </form>
  );
}
