import { describe, expect, it } from "vitest";
import { buildChartTable, type ChartLabels } from "./chart-tables";
import { emptyStatusCounts } from "./implementation-status";

// Labels are the message keys themselves, so the tests read which string goes where.
const labels: ChartLabels = {
  t: (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key),
  countryName: (iso3) => (iso3 === "KEN" ? "Kenya" : null),
};

const counts = (partial: Partial<ReturnType<typeof emptyStatusCounts>>) => ({ ...emptyStatusCounts(), ...partial });

describe("chart tables", () => {
  it("show every status, silence first, with a total, and shares that add up", () => {
    const table = buildChartTable(
      {
        chart: "status-overall",
        overall: {
          rows: [
            { category: "NOT_REPORTED", count: 1 },
            { category: "NOT_STARTED", count: 0 },
            { category: "IN_PROGRESS", count: 2 },
            { category: "SUBSTANTIALLY_COMPLETE", count: 0 },
            { category: "COMPLETED", count: 0 },
            { category: "DISCONTINUED", count: 0 },
          ],
          counts: counts({ NOT_REPORTED: 1, IN_PROGRESS: 2 }),
          total: 3,
          includesDemonstrationData: false,
        },
        includesDemonstrationData: false,
      },
      labels,
    );
    expect(table.rows.map((row) => row.label)).toEqual([
      "statuses.implementation.NOT_REPORTED",
      "statuses.implementation.NOT_STARTED",
      "statuses.implementation.IN_PROGRESS",
      "statuses.implementation.SUBSTANTIALLY_COMPLETE",
      "statuses.implementation.COMPLETED",
      "statuses.implementation.DISCONTINUED",
    ]);
    expect(table.rows[0]?.values).toEqual([1, 33]);
    expect(table.rows[2]?.values).toEqual([2, 67]);
    expect(table.footer?.values).toEqual([3, 100]);
    expect(table.rows[0]?.drill).toEqual({ status: "NOT_REPORTED" });
  });

  it("name a 'no group' row and give it no drill-down, and total only what partitions the commitments", () => {
    const byRegion = buildChartTable(
      {
        chart: "status-by-region",
        dimension: "region",
        rows: [
          { key: "AFRICAN", counts: counts({ COMPLETED: 2 }), total: 2 },
          { key: "NONE", counts: counts({ NOT_REPORTED: 1 }), total: 1 },
        ],
        includesDemonstrationData: false,
      },
      labels,
    );
    expect(byRegion.rows.map((row) => [row.label, row.drill])).toEqual([
      ["statuses.regionalGroup.AFRICAN", { region: "AFRICAN" }],
      ["public.charts.byRegion.none", undefined],
    ]);
    expect(byRegion.footer?.values).toEqual([1, 0, 0, 0, 2, 0, 3]);

    const byPillar = buildChartTable(
      {
        chart: "status-by-pillar",
        dimension: "pillar",
        rows: [{ key: "PROTECTION", counts: counts({}), total: 0 }],
        includesDemonstrationData: false,
      },
      labels,
    );
    expect(byPillar.footer).toBeNull();
  });

  it("name a country after its one member, or by its ISO name when several members share it", () => {
    const table = buildChartTable(
      {
        chart: "map",
        measure: "commitments",
        rows: [
          { iso3: "COL", memberName: "Colombia", members: 1, commitments: 4, completed: 1, reported: null },
          { iso3: "KEN", memberName: "Fictional State 0001", members: 3, commitments: 2, completed: 2, reported: 1 },
        ],
        includesDemonstrationData: false,
      },
      labels,
    );
    expect(table.rows.map((row) => row.label)).toEqual([
      "Colombia",
      'public.charts.map.sharedCountry {"name":"Kenya","members":3}',
    ]);
    expect(table.rows[0]?.values).toEqual(["COL", 1, 4, 1, 25, null, null]);
  });

  it("carry the demonstration note only when the chart's data includes demonstration data", () => {
    const data = {
      chart: "status-by-pillar" as const,
      dimension: "pillar" as const,
      rows: [{ key: "PROTECTION" as const, counts: counts({ COMPLETED: 1 }), total: 1 }],
    };
    expect(buildChartTable({ ...data, includesDemonstrationData: true }, labels).note).toBe("public.charts.demoNote");
    expect(buildChartTable({ ...data, includesDemonstrationData: false }, labels).note).toBeNull();
  });
});
