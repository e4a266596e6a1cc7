"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent, type ReactNode } from "react";
import { useTranslations } from "next-intl";

type Props = {
  id: string;
  /** The page the form goes to. Without JavaScript the browser submits it as a plain GET form. */
  action: string;
  className?: string;
  labelledBy?: string;
  children: ReactNode;
};

/**
 * A GET form whose fields become the URL. Without JavaScript the browser does exactly that; with it, the same URL
 * is pushed through the router, so the page updates without a full reload and Back and Forward still work. Empty
 * fields (the "All" choices) are left out, so URLs stay short and shareable.
 */
export function GetForm({ id, action, className, labelledBy, children }: Props) {
  const t = useTranslations("explorer.search");
  const router = useRouter();
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
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
      action={action}
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
