import { describe, expect, it } from "vitest";
import { toCommitmentFilters } from "./commitment-filters";
import { ApiProblem, invalidParameters, notFound, PROBLEM_TYPES } from "./problem";
import { canonicalSearch, parseQuery, readQuery } from "./query";
import { CommitmentQuery } from "./schemas/commitments";
import { Problem } from "./schemas/common";
import { MemberQuery } from "./schemas/members";
import { UpdateQuery } from "./schemas/updates";

const parse = <S extends Parameters<typeof parseQuery>[0]>(schema: S, query: string) =>
  parseQuery(schema, new URLSearchParams(query));

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiProblem) return error.problem;
    throw error;
  }
  throw new Error("expected a problem");
}

describe("readQuery", () => {
  it("keeps the first value, reports repeated names and treats empty values as absent", () => {
    expect(readQuery(new URLSearchParams("a=1&a=2&b=&c=x"))).toEqual({ values: { a: "1", c: "x" }, repeated: ["a"] });
  });
});

describe("canonicalSearch", () => {
  it("keeps the known parameters, first values only, in alphabetical order", () => {
    const search = new URLSearchParams("status=in_progress&utm_source=x&page=2&status=completed&theme=");
    expect(canonicalSearch(search, ["page", "status", "theme"])).toBe("?page=2&status=in_progress");
    expect(canonicalSearch(new URLSearchParams("utm=1"), ["page"])).toBe("");
  });
});

describe("parseQuery", () => {
  it("applies the defaults and ignores unknown parameters", () => {
    expect(parse(CommitmentQuery, "utm_source=x")).toEqual({ page: 1, per_page: 25 });
  });

  it("reads every filter of the explorer, codes in any letter case, as the explorer's filters", () => {
    const query = parse(
      CommitmentQuery,
      "q=peace&theme=localisation&member=colombia&status=IN_PROGRESS&pillar=protection&kind=Member_State" +
        "&region=african&meeting=berlin-2018&year=2018&page=2&per_page=100",
    );
    expect(query).toMatchObject({ page: 2, per_page: 100, status: "in_progress", kind: "member_state" });
    expect(toCommitmentFilters(query)).toEqual({
      q: "peace",
      theme: "localisation",
      member: "colombia",
      status: "IN_PROGRESS",
      pillar: "PROTECTION",
      kind: "MEMBER_STATE",
      region: "AFRICAN",
      meeting: "berlin-2018",
      year: 2018,
    });
  });

  it.each([
    ["status=done", "status", /status must be one of: not_reported, not_started/],
    ["page=abc", "page", /page must be a whole number/],
    ["page=0", "page", /page must be a whole number from 1/],
    ["page=1.5", "page", /whole number/],
    ["page=0x10", "page", /whole number/],
    ["per_page=101", "per_page", /per_page must be a whole number from 1 to 100/],
    ["per_page=1000000000000", "per_page", /per_page/],
    ["theme=Not%20A%20Slug", "theme", /theme must be a slug/],
    ["member=a'%3B--", "member", /member must be a slug/],
    ["year=20x8", "year", /year must be a whole number from 1900 to 2100/],
    [`q=${"x".repeat(201)}`, "q", /q must be 1 to 200 characters/],
  ])("refuses %s with a 400 naming the parameter", (query, parameter, detail) => {
    const problem = problemOf(() => parse(CommitmentQuery, query));
    expect(problem).toMatchObject({ status: 400, type: PROBLEM_TYPES.invalidParameters });
    expect(problem.errors).toEqual([{ parameter, in: "query", detail: expect.stringMatching(detail) }]);
    expect(problem.detail).toMatch(detail);
  });

  it("lists every invalid parameter at once, and a parameter given twice", () => {
    const problem = problemOf(() => parse(CommitmentQuery, "status=x&page=y&theme=a&theme=b"));
    expect(problem.errors?.map((error) => error.parameter).sort()).toEqual(["page", "status", "theme"]);
    expect(problem.errors?.find((error) => error.parameter === "theme")?.detail).toBe("theme may be given only once.");
    expect(problem.detail).toBe("3 query parameters are not valid; see errors.");
  });

  it("reads since as a date or a moment", () => {
    expect(parse(UpdateQuery, "since=2026-01-01").since).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(parse(UpdateQuery, "since=2026-01-31T12:00:00%2B02:00").since).toEqual(new Date("2026-01-31T10:00:00Z"));
    expect(problemOf(() => parse(UpdateQuery, "since=yesterday")).errors?.[0]?.parameter).toBe("since");
  });

  it("checks the member filters", () => {
    expect(parse(MemberQuery, "kind=un_entity&region=ASIA_PACIFIC")).toMatchObject({
      kind: "un_entity",
      region: "asia_pacific",
    });
    expect(problemOf(() => parse(MemberQuery, "kind=country")).status).toBe(400);
  });
});

describe("problems", () => {
  it("are valid problem details", () => {
    expect(Problem.parse(invalidParameters([{ parameter: "page", in: "query", detail: "x" }]))).toMatchObject({
      status: 400,
      detail: "x",
    });
    expect(Problem.parse(notFound('No commitment has the slug "x".'))).toMatchObject({
      status: 404,
      type: PROBLEM_TYPES.notFound,
    });
  });
});
