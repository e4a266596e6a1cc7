import Link from "next/link";
import { useTranslations } from "next-intl";

/** Shown instead of a page the signed-in user may not see. */
export function ForbiddenNotice({ name, email, reason }: { name: string; email: string; reason: string }) {
  const t = useTranslations("auth.forbidden");
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl">{t("title")}</h1>
      <p>{reason}</p>
      <p className="text-ink-muted">{t("signedInAs", { name, email })}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </div>
  );
}
