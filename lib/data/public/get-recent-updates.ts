import "server-only";
import { cachedPublicRead } from "./cache";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import type { Locale } from "@/lib/i18n/locales";
import { listRecentUpdates, type RecentUpdate } from "./list-recent-updates";

/** The dashboard's latest published updates, from the data cache (listRecentUpdates reads the database). */
export const getRecentUpdates = cachedPublicRead(
  "recent-updates",
  (filters: CommitmentFilters, locale: Locale): Promise<RecentUpdate[]> => listRecentUpdates(filters, locale, 5),
);
