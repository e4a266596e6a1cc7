import "server-only";
import { getTranslations } from "next-intl/server";
import type { ChartLabels } from "@/lib/domain/chart-tables";
import { alpha2FromAlpha3 } from "@/lib/domain/iso-3166";
import type { Locale } from "./locales";

/**
 * The strings the chart tables need in `locale` (the page's, or a chart CSV's `?locale`); country names come from the
 * runtime's CLDR data.
 */
export async function getChartLabels(locale: Locale): Promise<ChartLabels> {
  const t = await getTranslations({ locale });
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  return {
    t: (key, values) => t(key as never, values as never),
    countryName: (iso3) => {
      const alpha2 = alpha2FromAlpha3(iso3);
      return alpha2 ? (regions.of(alpha2) ?? null) : null;
    },
  };
}
