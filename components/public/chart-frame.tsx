import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

type Props = { height: number; legend?: ReactNode; children: ReactNode };

/**
 * Holds a client-rendered chart at a fixed size, so nothing moves when it draws. The chart repeats the table next to
 * it, which is what assistive technology and readers without JavaScript get; the drawing is hidden from them.
 */
export function ChartFrame({ height, legend, children }: Props) {
  const t = useTranslations("public.charts");
  return (
    <div className="space-y-2">
      <div aria-hidden="true" className="space-y-2">
        {legend}
        <div className="w-full" style={{ height }}>
          {children}
        </div>
      </div>
      <noscript>
        <p className="text-sm text-ink-muted">{t("noScript")}</p>
      </noscript>
    </div>
  );
}
