import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { ChartLabels } from "@/lib/domain/chart-tables";
import { alpha2FromAlpha3 } from "@/lib/domain/iso-3166";

/** The strings the chart tables need, in the request's language; country names come from the runtime's CLDR data. */
export async function getChartLabels(): Promise<ChartLabels> {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const regions = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
  return {
    t: (key, values) => t(key as never, values as never),
    countryName: (iso3) => {
      const alpha2 = alpha2FromAlpha3(iso3);
      return alpha2 ? (regions.of(alpha2) ?? null) : null;
    },
  };
}
