import "server-only";
import { getTranslations } from "next-intl/server";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import type { CatalogueEntry, FacetKey } from "@/lib/domain/facets";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { COMMITMENT_TYPES, kindOfType, MEMBER_KINDS, PILLARS, REGIONAL_GROUPS } from "@/lib/domain/enum-values";

/** Every value each facet can take, with its label in the reader's language, in display order. */
export async function facetCatalogues(options: FilterOptions): Promise<Record<FacetKey, CatalogueEntry[]>> {
  const t = await getTranslations("statuses");
  return {
    type: COMMITMENT_TYPES.map((value) => ({ value, label: t(`commitmentKind.${kindOfType(value)}`) })),
    status: STATUS_CATEGORIES.map((value) => ({ value, label: t(statusLabelKey(value)) })),
    theme: options.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    pillar: PILLARS.map((value) => ({ value, label: t(`pillar.${value}`) })),
    kind: MEMBER_KINDS.map((value) => ({ value, label: t(`memberKind.${value}`) })),
    region: REGIONAL_GROUPS.map((value) => ({ value, label: t(`regionalGroup.${value}`) })),
    member: options.members.map((member) => ({ value: member.slug, label: member.name })),
    meeting: options.meetings.map((meeting) => ({ value: meeting.slug, label: meeting.title })),
    year: options.years.map((year) => ({ value: String(year), label: String(year) })),
  };
}

/** The value of a facet's filter as the string the catalogue uses. */
export function facetValue(filters: CommitmentFilters, key: FacetKey): string | undefined {
  const value = filters[key];
  return value === undefined ? undefined : String(value);
}
