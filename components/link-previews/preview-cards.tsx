// The link-preview card of each kind of page, as elements for next/og (lib/link-previews/preview-image-response.ts).
// Route handlers gather the data and texts; these only lay them out.
import type { ReactElement } from "react";
import type { ChartData } from "@/lib/data/public/get-chart-data";
import type { ChartTable } from "@/lib/domain/chart-tables";
import type { PreviewFrame } from "@/lib/link-previews/preview-image-response";
import { ChartPreview, type ChartPreviewLabels } from "./chart-preview";
import type { CommitmentPreview } from "./commitment-preview";
import { PreviewCard } from "./preview-card";
import type { ScorecardPreview } from "./scorecard-preview";
import { StatusBadge } from "./status-badge";
import { StatusStrip, type StatusStripRow } from "./status-strip";

export function commitmentCard(frame: PreviewFrame, preview: CommitmentPreview): ReactElement {
  return (
    <PreviewCard {...frame} eyebrow={preview.eyebrow} title={preview.page.title} subtitle={preview.subtitle}>
      <StatusBadge category={preview.status.category} text={preview.status.text} note={preview.lastUpdate} />
    </PreviewCard>
  );
}

/** A member's or a theme's card: its commitments by status. */
export function scorecardCard(frame: PreviewFrame, preview: ScorecardPreview): ReactElement {
  return (
    <PreviewCard {...frame} eyebrow={preview.eyebrow} title={preview.page.title}>
      <StatusStrip {...preview.strip} />
    </PreviewCard>
  );
}

/** The site's card: its name and purpose, and every commitment by status. */
export function siteCard(
  frame: PreviewFrame,
  site: { title: string; subtitle: string; strip: { caption: string; rows: StatusStripRow[] } },
): ReactElement {
  return (
    <PreviewCard {...frame} title={site.title} subtitle={site.subtitle}>
      <StatusStrip {...site.strip} />
    </PreviewCard>
  );
}

/** A chart's image: its heading, the filters it is drawn for, and the drawing. */
export function chartCard(
  frame: PreviewFrame,
  chart: { title: string; filters: string | null; data: ChartData; table: ChartTable; labels: ChartPreviewLabels },
): ReactElement {
  return (
    <PreviewCard {...frame} title={chart.title} subtitle={chart.filters ?? undefined}>
      <ChartPreview data={chart.data} table={chart.table} labels={chart.labels} />
    </PreviewCard>
  );
}
