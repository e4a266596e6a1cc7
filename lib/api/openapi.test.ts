import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  commitmentRecord,
  meetingRecord,
  memberRecord,
  themeRecord,
  updateRecord,
  urls,
  APP_URL,
} from "@/lib/open-data/testing/fixtures";
import { docsOperations, docsSchemas, summariseType } from "./docs-model";
import { apiExamples } from "./examples";
import { openApiDocument } from "./openapi";
import { API_OPERATIONS } from "./operations";
import {
  presentCommitment,
  presentCommitmentDetail,
  presentMeeting,
  presentMember,
  presentTheme,
  presentUpdate,
} from "./present";
import { Commitment, CommitmentDetail } from "./schemas/commitments";
import { Problem } from "./schemas/common";
import { Meeting } from "./schemas/meetings";
import { Member } from "./schemas/members";
import { Theme } from "./schemas/themes";
import { Update } from "./schemas/updates";

const document = openApiDocument(APP_URL);

/** Every route handler under app/api/v1, as an OpenAPI path ("[slug]" → "{slug}"). */
function routePaths(): string[] {
  const root = path.resolve(import.meta.dirname, "../../app/api/v1");
  return (fs.readdirSync(root, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => `/${path.dirname(file)}`.replace(/\/\.$/, "/").replace(/\[(\w+)\]/g, "{$1}"))
    .map((route) => (route === "//" ? "/" : route))
    .sort();
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with the licence and the server", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info.license).toMatchObject({ identifier: "CC-BY-4.0" });
    expect(document.servers).toEqual([{ url: `${APP_URL}/api/v1` }]);
  });

  it("describes every route handler under /api/v1, and nothing else", () => {
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(routePaths());
    expect(routePaths()).toEqual(expect.arrayContaining(["/commitments", "/commitments/{slug}", "/updates"]));
  });

  it("documents the parameters, the response schema and the errors of every operation", () => {
    for (const operation of docsOperations(document)) {
      const source = Object.values(API_OPERATIONS).find((candidate) => candidate.path === operation.path)!;
      if (source.tag === "Document") continue;
      expect(operation.responseSchema, operation.path).toMatch(/List$|Response$/);
      expect(operation.exampleRequest, operation.path).toMatch(/^\//);
      if ("query" in source) {
        expect(
          operation.parameters.map((p) => p.name),
          operation.path,
        ).toEqual(expect.arrayContaining(["page", "per_page"]));
        expect(operation.errors.map((e) => e.status)).toContain("400");
      }
      if ("params" in source) expect(operation.errors.map((e) => e.status)).toContain("404");
    }
    const list = docsOperations(document).find((operation) => operation.path === "/commitments")!;
    expect(list.parameters.map((parameter) => parameter.name)).toEqual([
      "page",
      "per_page",
      "q",
      "type",
      "theme",
      "member",
      "status",
      "pillar",
      "kind",
      "region",
      "meeting",
      "year",
      "demo",
    ]);
    const perPage = list.parameters.find((parameter) => parameter.name === "per_page")!;
    expect(perPage.type).toMatchObject({ text: "integer", defaultValue: "25", limits: "≥ 1, ≤ 100" });
    expect(list.parameters.find((parameter) => parameter.name === "status")!.type.values).toContain("not_reported");
  });

  it("has examples that its own schemas accept unchanged", () => {
    const examples = apiExamples(APP_URL);
    for (const operation of Object.values(API_OPERATIONS)) {
      if (!("example" in operation)) continue;
      const example = examples[operation.example];
      expect(operation.response.parse(example), operation.path).toEqual(example);
    }
    expect(Problem.parse(examples.invalidParameters)).toEqual(examples.invalidParameters);
  });

  it("lists the fields of its schemas for the docs page", () => {
    const schemas = docsSchemas(document);
    const detail = schemas.find((schema) => schema.name === "CommitmentDetail")!;
    expect(detail.fields.map((field) => field.name)).toEqual(
      expect.arrayContaining(["slug", "implementation_status", "updates"]),
    );
    const member = schemas
      .find((schema) => schema.name === "Commitment")!
      .fields.find((field) => field.name === "member")!;
    expect(member.type).toMatchObject({ text: "MemberRef", ref: "MemberRef" });
  });
});

describe("summariseType", () => {
  it("describes nullable, formatted, referenced and array types", () => {
    expect(summariseType({ type: ["string", "null"], format: "date" })).toMatchObject({
      text: "string (date)",
      nullable: true,
    });
    expect(summariseType({ $ref: "#/components/schemas/Update" })).toMatchObject({ text: "Update", ref: "Update" });
    expect(summariseType({ type: "array", items: { $ref: "#/components/schemas/Update" } })).toMatchObject({
      text: "array of Update",
      ref: "Update",
    });
    expect(summariseType({ anyOf: [{ $ref: "#/components/schemas/Schedule" }, { type: "null" }] })).toMatchObject({
      text: "Schedule",
      nullable: true,
    });
    expect(summariseType({ type: "string", enum: ["a", "b"] }).values).toEqual(["a", "b"]);
  });
});

describe("the records as the API shows them", () => {
  it("match the documented schemas exactly", () => {
    const cases: [unknown, { parse: (value: unknown) => unknown }][] = [
      [presentCommitment(commitmentRecord(), urls), Commitment],
      [presentCommitmentDetail(commitmentRecord(), [updateRecord()], urls), CommitmentDetail],
      [presentUpdate(updateRecord(), urls), Update],
      [presentMember(memberRecord(), urls), Member],
      [presentTheme(themeRecord(), urls), Theme],
      [presentMeeting(meetingRecord(), urls), Meeting],
    ];
    for (const [value, schema] of cases) expect(schema.parse(value)).toEqual(value);
  });

  it("use codes, ISO dates, slugs and public URLs", () => {
    expect(presentCommitment(commitmentRecord(), urls)).toMatchObject({
      implementation_status: "in_progress",
      pillars: ["participation", "relief_recovery"],
      target_date: "2030-12-31",
      last_published_at: "2026-03-01T09:30:00.000Z",
      member: { slug: "colombia", kind: "member_state", regional_group: "latin_american_caribbean" },
      themes: [{ slug: "participation-in-peace-processes" }, { slug: "localisation" }],
      indicator: { name: "Meetings held", baseline: -1.5, target: 12, unit: "meetings" },
      url: `${APP_URL}/commitments/colombia-gender-sub-committee`,
      api_url: `${APP_URL}/api/v1/commitments/colombia-gender-sub-committee`,
    });
    expect(
      presentCommitment(
        commitmentRecord({ indicatorName: null, indicatorBaseline: null, indicatorTarget: null, indicatorUnit: null }),
        urls,
      ).indicator,
    ).toBeNull();
    expect(presentMember(memberRecord(), urls).status_counts).toMatchObject({
      not_reported: 1,
      in_progress: 2,
      completed: 0,
    });
    expect(presentUpdate(updateRecord(), urls).url).toBe(
      `${APP_URL}/commitments/colombia-gender-sub-committee#update-5d1c7f0e-2b8a-4c49-9d51-3f0f6e1a7b22`,
    );
  });
});
