// What the reporting cycles page says after a change: the page reads these back and names the cycle from the
// database, so a crafted address cannot make it say anything else.
export const CYCLE_CHANGES = ["created", "opened", "closed", "dueDateChanged"] as const;
type CycleChange = (typeof CYCLE_CHANGES)[number];

export function cyclesPageAfter(change: CycleChange, slug: string): string {
  return `/secretariat/cycles?${new URLSearchParams({ done: change, cycle: slug })}`;
}
