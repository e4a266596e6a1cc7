import "server-only";
import { getCurrentCycle } from "@/lib/data/public/get-current-cycle";
import type { ComputeContext } from "@/lib/open-data/records";

/** Today and the current reporting cycles, the same as the commitment pages compute schedule and freshness with. */
export async function getComputeContext(): Promise<ComputeContext> {
  return { today: new Date(), cycles: await getCurrentCycle() };
}
