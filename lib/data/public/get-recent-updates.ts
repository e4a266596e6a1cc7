import "server-only";
import { cachedPublicRead } from "./cache";
import type { CommitmentFilters } from "@/lib/domain/commitment-filters";
import { listRecentUpdates, type RecentUpdate } from "./list-recent-updates";

/** The dashboard's latest published updates, from the data cache (listRecentUpdates reads the database). */
export const getRecentUpdates = cachedPublicRead(
  "recent-updates",
  (filters: CommitmentFilters): Promise<RecentUpdate[]> => listRecentUpdates(filters, 5),
);
