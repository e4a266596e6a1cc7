import "server-only";
import { getTranslations } from "next-intl/server";
import type { CommitmentFilters } from "@/lib/data/public/commitment-filters";
import type { FilterOptions } from "@/lib/data/public/list-filter-options";
import type { CatalogueEntry, FacetKey } from "@/lib/domain/facets";
import { STATUS_CATEGORIES, statusLabelKey } from "@/lib/domain/implementation-status";
import { MemberKind, Pillar, RegionalGroup } from "@/lib/generated/prisma/enums";

/** Every value each facet can take, with its label in the reader's language, in display order. */
export async function facetCatalogues(options: FilterOptions): Promise<Record<FacetKey, CatalogueEntry[]>> {
  const t = await getTranslations("statuses");
  return {
    status: STATUS_CATEGORIES.map((value) => ({ value, label: t(statusLabelKey(value)) })),
    theme: options.themes.map((theme) => ({ value: theme.slug, label: theme.name })),
    pillar: Object.values(Pillar).map((value) => ({ value, label: t(`pillar.${value}`) })),
    kind: Object.values(MemberKind).map((value) => ({ value, label: t(`memberKind.${value}`) })),
    region: Object.values(RegionalGroup).map((value) => ({ value, label: t(`regionalGroup.${value}`) })),
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
