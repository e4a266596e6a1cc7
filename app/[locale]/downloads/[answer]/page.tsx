import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getNow, getTranslations } from "next-intl/server";
import { safeCallbackPath, signInPath } from "@/lib/auth/callback-url";
import { env } from "@/lib/env";
import { isAnswer, isWayBack, minutesUntil } from "@/lib/http/answer-pages";
import { isRequestId } from "@/lib/log/request-context";

type Props = {
  params: Promise<{ answer: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { answer } = await params;
  if (!isAnswer(answer)) return {};
  const t = await getTranslations("downloads");
  return { title: t(`${answer}.title`), robots: { index: false } };
}

/**
 * What a person sees when a download link they followed is refused, limited or failed. The route handler fetches
 * this page and sends it with the real status (401, 403, 429 with Retry-After, 500): lib/http/answer.ts. Opened
 * directly it only repeats what its address says.
 */
export default async function DownloadAnswerPage({ params, searchParams }: Props) {
  const [{ answer }, query, t, now] = await Promise.all([params, searchParams, getTranslations("downloads"), getNow()]);
  if (!isAnswer(answer)) notFound();
  const one = (name: string) => [query[name]].flat()[0];
  const to = one("to");
  const back = isWayBack(to)
    ? { href: safeCallbackPath(one("back"), env.APP_URL, "/"), label: t(`back.${to}`) }
    : { href: "/", label: t("back.home") };
  const retryAfter = Math.min(Math.max(Number(one("retryAfter")) || 60, 1), 86_400);
  const reference = one("reference");
  const from = safeCallbackPath(one("from"), env.APP_URL, back.href);
  const { text, detail, link } = {
    "sign-in": {
      text: t("sign-in.text"),
      detail: t("sign-in.detail"),
      link: { href: signInPath(from), label: t("sign-in.action") },
    },
    forbidden: { text: t("forbidden.text"), detail: t("forbidden.detail"), link: { href: "/", label: t("back.home") } },
    limit: {
      text: t("limit.text", { minutes: minutesUntil(retryAfter) }),
      detail: t("limit.detail", { time: new Date(now.getTime() + retryAfter * 1000) }),
      link: back,
    },
    failed: {
      text: t("failed.text"),
      detail: isRequestId(reference) ? t("failed.reference", { reference }) : null,
      link: back,
    },
  }[answer];

  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl">{t(`${answer}.title`)}</h1>
      <p>{text}</p>
      {detail ? <p className="text-ink-muted">{detail}</p> : null}
      <p>
        <Link href={link.href}>{link.label}</Link>
      </p>
    </div>
  );
}
