import { describe, expect, it } from "vitest";
import { filtersToQuery, hasFilters, parseCommitmentFilters, pickFilters } from "./commitment-filters";

const known = { themes: [{ slug: "localisation" }], members: [{ slug: "colombia" }] };

describe("parseCommitmentFilters", () => {
  it("reads known filters from the URL", () => {
    const query = parseCommitmentFilters(
      {
        theme: "localisation",
        member: "colombia",
        status: "NOT_REPORTED",
        pillar: "PROTECTION",
        page: "3",
        q: " gender ",
      },
      known,
    );
    expect(query).toEqual({
      q: "gender",
      theme: "localisation",
      member: "colombia",
      status: "NOT_REPORTED",
      pillar: "PROTECTION",
      page: 3,
    });
  });

  it("drops anything malformed or unknown instead of failing", () => {
    const query = parseCommitmentFilters(
      { theme: "<script>", member: "atlantis", status: "done", pillar: "PEACE", page: "-2", q: "   " },
      known,
    );
    expect(query).toEqual({ page: 1 });
    expect(parseCommitmentFilters({ page: "abc", status: "completed" }, known)).toEqual({ page: 1 });
    expect(parseCommitmentFilters({ page: "1e9" }, known).page).toBe(1);
  });

  it("treats the empty 'All' choice of a plain form as no filter, and takes the first of repeated values", () => {
    expect(parseCommitmentFilters({ theme: "", member: "", status: "" }, known)).toEqual({ page: 1 });
    expect(parseCommitmentFilters({ theme: ["localisation", "other"] }, known).theme).toBe("localisation");
  });
});

describe("filtersToQuery", () => {
  it("keeps only the filters in force, and page only past the first", () => {
    expect(filtersToQuery({ theme: "localisation", member: undefined, page: 1 })).toEqual({ theme: "localisation" });
    expect(filtersToQuery({ status: "COMPLETED", page: 2 })).toEqual({ status: "COMPLETED", page: "2" });
  });

  it("knows whether any filter is in force", () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ pillar: "PREVENTION" })).toBe(true);
  });
});

describe("the dashboard's filters (member kind, region, meeting, year)", () => {
  const withMeetings = { ...known, meetings: [{ slug: "berlin-2018" }], years: [2018] };

  it("reads them when well-formed and known", () => {
    const query = parseCommitmentFilters(
      { kind: "MEMBER_STATE", region: "AFRICAN", meeting: "berlin-2018", year: "2018" },
      withMeetings,
    );
    expect(query).toEqual({ kind: "MEMBER_STATE", region: "AFRICAN", meeting: "berlin-2018", year: 2018, page: 1 });
  });

  it("drops unknown or malformed values", () => {
    const query = parseCommitmentFilters(
      { kind: "STATE", region: "EUROPE", meeting: "no-such-meeting", year: "2019" },
      withMeetings,
    );
    expect(query).toEqual({ page: 1 });
    for (const year of ["20x8", "1e3", "-2018", "2018.5", "99999", "' OR 1=1 --"]) {
      expect(parseCommitmentFilters({ year }, withMeetings).year).toBeUndefined();
    }
  });

  it("keeps a well-formed meeting or year when the caller does not list the known ones", () => {
    expect(parseCommitmentFilters({ meeting: "berlin-2018", year: "2030" }, known)).toMatchObject({
      meeting: "berlin-2018",
      year: 2030,
    });
  });

  it("round-trips through the URL and counts as a filter", () => {
    expect(filtersToQuery({ year: 2018, kind: "UN_ENTITY", page: 1 })).toEqual({ year: "2018", kind: "UN_ENTITY" });
    expect(hasFilters({ year: 2018 })).toBe(true);
    expect(hasFilters({ region: "ASIA_PACIFIC" })).toBe(true);
  });

  it("picks filters in a fixed order", () => {
    const picked = pickFilters({ year: 2018, theme: "localisation", q: "x" }, ["theme", "year"]);
    expect(Object.keys(picked)).toEqual(["theme", "year"]);
  });
});
