import { useId } from "react";
import { useTranslations } from "next-intl";

type Props = {
  passage: string | null;
  links: { url: string; label: string | null }[];
  /** The heading level of the page around it. */
  headingLevel?: "h2" | "h3" | "h4";
  lang?: string;
  /** Who sees these parts, when not the commitment's focal points (an assessment's are its reviewer's). */
  who?: string;
};

/**
 * The parts of an update (or an assessment) its author marked "secretariat only", for the secretariat and the
 * commitment's focal points (decision 0023). Framed and labelled so nobody mistakes them for what the public sees.
 */
export function SecretariatOnlyParts({ passage, links, headingLevel: Heading = "h3", lang, who }: Props) {
  const t = useTranslations("workspace.secretariatOnly");
  const headingId = useId();
  if (!passage && links.length === 0) return null;
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded border-2 border-dashed border-line-strong p-3"
      data-secretariat-only
    >
      <Heading id={headingId} className="text-base font-semibold">
        {t("heading")}
      </Heading>
      <p className="text-sm text-ink-muted">{who ?? t("who")}</p>
      {passage && (
        <div className="space-y-1">
          <p className="text-sm font-semibold">{t("passage")}</p>
          <p className="whitespace-pre-line" lang={lang}>
            {passage}
          </p>
        </div>
      )}
      {links.length > 0 && (
        <div className="space-y-1">
          <p className="text-sm font-semibold">{t("links")}</p>
          <ul className="space-y-1">
            {links.map((link) => (
              <li key={link.url} className="break-all">
                <a href={link.url} rel="noopener noreferrer nofollow" dir="ltr">
                  {link.label ?? link.url}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
