import "server-only";
import { getTranslations } from "next-intl/server";
import type { DashboardView } from "@/lib/data/public/get-dashboard-view";
import { DASHBOARD_FILTER_KEYS } from "@/lib/domain/dashboard-view";
import { statusLabelKey } from "@/lib/domain/implementation-status";

export type DashboardFilterKey = (typeof DASHBOARD_FILTER_KEYS)[number];

/** Each filter in force, named the way the page shows it ("Theme: Localisation"), in the order of the form. */
export async function filterLabels(view: DashboardView): Promise<{ key: DashboardFilterKey; label: string }[]> {
  const t = await getTranslations("public.filters");
  const tStatus = await getTranslations("statuses");
  const { filters, options } = view;
  const describe = (key: DashboardFilterKey): string => {
    const value = filters[key];
    switch (key) {
      case "theme":
        return options.themes.find((theme) => theme.slug === value)?.name ?? String(value);
      case "member":
        return options.members.find((member) => member.slug === value)?.name ?? String(value);
      case "meeting":
        return options.meetings.find((meeting) => meeting.slug === value)?.title ?? String(value);
      case "pillar":
        return tStatus(`pillar.${value}`);
      case "kind":
        return tStatus(`memberKind.${value}`);
      case "region":
        return tStatus(`regionalGroup.${value}`);
      case "status":
        return tStatus(statusLabelKey(filters.status!));
      case "year":
        return String(value);
    }
  };
  return DASHBOARD_FILTER_KEYS.filter((key) => filters[key] !== undefined && filters[key] !== "").map((key) => ({
    key,
    label: t("chip", { name: t(key), value: describe(key) }),
  }));
}

/** "Filtered by Theme: Localisation; Year: 2018.", or null without filters. */
export async function filtersSentence(view: DashboardView): Promise<string | null> {
  const labels = await filterLabels(view);
  if (labels.length === 0) return null;
  const t = await getTranslations("public.filters");
  return t("chipsText", { filters: labels.map((entry) => entry.label).join("; ") });
}
