import type { ReactNode } from "react";
import { DemoBadge } from "./demo-badge";

/** The flag of a figure, chart or table computed from demonstration data: the badge and a sentence saying so. */
export function DemoNote({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} data-demo-note className="max-w-3xl rounded border border-warning bg-warning-light p-2 text-sm text-ink">
      <DemoBadge /> {children}
    </p>
  );
}
