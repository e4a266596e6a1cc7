// TEMPORARY benchmark (deleted after measuring).
import { it } from "vitest";
import { countCommitmentFacets } from "./count-commitment-facets";
import { listCommitments } from "./list-commitments";
import { listFilterOptions } from "./list-filter-options";
import { getMemberPage } from "./get-member-page";
import { getThemePage } from "./get-theme-page";
import { listMembers } from "./list-members";
import { listThemes } from "./list-themes";

async function time(name: string, fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(50)} median ${times[2]!.toFixed(0)} ms  min ${times[0]!.toFixed(0)} ms`);
}

it("bench", async () => {
  await time("filter options", () => listFilterOptions());
  await time("list page 1 (member sort)", () => listCommitments({ page: 1 }));
  await time("list page 2500 (member sort)", () => listCommitments({ page: 2500 }));
  await time("list page 1 title", () => listCommitments({ page: 1, sort: "title" }));
  await time("list page 2500 title", () => listCommitments({ page: 2500, sort: "title" }));
  await time("list page 1 updated", () => listCommitments({ page: 1, sort: "updated" }));
  await time("list page 1250 updated", () => listCommitments({ page: 1250, sort: "updated" }));
  await time("list page 1 status", () => listCommitments({ page: 1, sort: "status" }));
  await time("list page 2500 status", () => listCommitments({ page: 2500, sort: "status" }));
  await time("list page 99999 (clamped)", () => listCommitments({ page: 99999 }));
  await time("search 'training' relevance p1", () => listCommitments({ q: "training", page: 1, sort: "relevance" }));
  await time("search 'peacekeepers gender' relevance", () => listCommitments({ q: "peacekeepers gender", page: 1, sort: "relevance" }));
  await time("search 'women' (broad) relevance p1", () => listCommitments({ q: "women", page: 1, sort: "relevance" }));
  await time("search 'women' (broad) relevance p500", () => listCommitments({ q: "women", page: 500, sort: "relevance" }));
  await time("facets (search 'women')", () => countCommitmentFacets({ q: "women" }));
  await time("theme+status filter p1", () => listCommitments({ theme: "localisation", status: "NOT_REPORTED", page: 1 }));
  await time("facets (no filter)", () => countCommitmentFacets({}));
  await time("facets (theme+status)", () => countCommitmentFacets({ theme: "localisation", status: "NOT_REPORTED" }));
  await time("facets (search training)", () => countCommitmentFacets({ q: "training" }));
  await time("facets (kind+region+year)", () => countCommitmentFacets({ kind: "MEMBER_STATE", region: "AFRICAN", year: 2020 }));
  await time("member page", () => getMemberPage("fictional-state-0001"));
  await time("theme page", () => getThemePage("localisation"));
  await time("members index p1", () => listMembers({ page: 1 }));
  await time("themes index", () => listThemes());
}, 600_000);
