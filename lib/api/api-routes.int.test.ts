// GET /api/v1/…: the route handlers called as Next calls them, against the real database. Every 200 body is checked
// with the schemas the OpenAPI document is generated from; every error is a problem+json body, never a 500.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getIndex } from "@/app/api/v1/route";
import { GET as getCommitment, OPTIONS as preflightCommitment } from "@/app/api/v1/commitments/[slug]/route";
import { GET as listCommitments } from "@/app/api/v1/commitments/route";
import { GET as listMeetings } from "@/app/api/v1/meetings/route";
import { GET as getMember } from "@/app/api/v1/members/[slug]/route";
import { GET as listMembers } from "@/app/api/v1/members/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as listThemes } from "@/app/api/v1/themes/route";
import { GET as listUpdates } from "@/app/api/v1/updates/route";
import { db } from "@/lib/db";
import { createPublicScenario, secretsOf, type PublicScenario } from "@/lib/testing/public-scenario";
import { createCommitment, createMember } from "@/prisma/seed/factories";
import { CommitmentList, CommitmentResponse } from "./schemas/commitments";
import { ApiIndex, Problem } from "./schemas/common";
import { MeetingList } from "./schemas/meetings";
import { MemberList, MemberResponse } from "./schemas/members";
import { ThemeList } from "./schemas/themes";
import { UpdateList } from "./schemas/updates";

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

let scenario: PublicScenario;
const bodies: string[] = [];

beforeAll(async () => {
  scenario = await createPublicScenario(db);
});

async function call(handler: Handler, url: string, params?: Record<string, string>, headers?: HeadersInit) {
  const response = await handler(
    new Request(`http://localhost:3000${url}`, { headers }),
    params ? { params: Promise.resolve(params) } : undefined,
  );
  const text = response.status === 304 ? "" : await response.text();
  bodies.push(text);
  return { response, text, json: text ? JSON.parse(text) : null };
}

async function ok<T>(
  handler: Handler,
  url: string,
  schema: { parse: (value: unknown) => T },
  params?: Record<string, string>,
) {
  const { response, json } = await call(handler, url, params);
  expect(response.status, url).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  // Parsed with the documented schema, and nothing more than it documents.
  expect(schema.parse(json)).toEqual(json);
  return json as T;
}

async function problem(handler: Handler, url: string, status: number, params?: Record<string, string>) {
  const { response, json } = await call(handler, url, params);
  expect(response.status, url).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  return Problem.parse(json);
}

describe("GET /api/v1/commitments", () => {
  it("lists the approved commitments of a member, with their published status, never a proposed one", async () => {
    const body = await ok(listCommitments, `/api/v1/commitments?member=${scenario.member.slug}`, CommitmentList);
    expect(body.meta).toEqual({ total: 2, page: 1, per_page: 25, page_count: 1 });
    expect(body.data.map((commitment) => commitment.slug).sort()).toEqual(
      [scenario.reported.slug, scenario.silent.slug].sort(),
    );
    const reported = body.data.find((commitment) => commitment.slug === scenario.reported.slug)!;
    expect(reported).toMatchObject({
      title: scenario.reported.title,
      member: { slug: scenario.member.slug, kind: "member_state", iso3: "KEN", regional_group: "african" },
      themes: [{ slug: scenario.theme.slug, name: scenario.theme.name }],
      pillars: ["protection", "relief_recovery"],
      target_date: "2030-12-31",
      indicator: { name: "People trained", baseline: -12.5, target: 400, unit: "people" },
      implementation_status: "substantially_complete",
      percent_complete: 75,
      last_published_at: "2026-03-01T09:30:00.000Z",
      latest_verification: "evidence_verified",
      published_update_count: 1,
      url: `http://localhost:3000/commitments/${scenario.reported.slug}`,
    });
    expect(body.data.find((commitment) => commitment.slug === scenario.silent.slug)).toMatchObject({
      implementation_status: "not_reported",
      percent_complete: null,
      last_published_at: null,
      latest_verification: null,
    });
  });

  it("filters like the explorer: status, theme, pillar, kind, region, meeting, year and full-text search", async () => {
    const slugs = async (query: string) =>
      (await ok(listCommitments, `/api/v1/commitments?${query}`, CommitmentList)).data.map(
        (commitment) => commitment.slug,
      );
    const member = `member=${scenario.member.slug}`;
    expect(await slugs(`${member}&status=not_reported`)).toEqual([scenario.silent.slug]);
    expect(await slugs(`${member}&status=SUBSTANTIALLY_COMPLETE`)).toEqual([scenario.reported.slug]);
    expect(await slugs(`theme=${scenario.theme.slug}`)).toEqual([scenario.reported.slug]);
    expect(await slugs(`${member}&pillar=prevention`)).toEqual([scenario.silent.slug]);
    expect(await slugs(`${member}&kind=civil_society`)).toEqual([]);
    expect((await slugs(`${member}&kind=member_state&region=african&meeting=test-meeting&year=2018`)).length).toBe(2);
    expect(await slugs(`${member}&year=2019`)).toEqual([]);
    expect(await slugs(`q=${scenario.word}`)).toEqual(
      expect.arrayContaining([scenario.reported.slug, scenario.silent.slug]),
    );
    expect(await slugs(`q=${scenario.word}`)).not.toContain(scenario.proposed.slug);
    expect(await slugs(`member=no-such-member`)).toEqual([]);
  });

  it("pages with links that keep the filters", async () => {
    const first = await ok(
      listCommitments,
      `/api/v1/commitments?member=${scenario.member.slug}&per_page=1`,
      CommitmentList,
    );
    expect(first.meta).toMatchObject({ total: 2, page_count: 2 });
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe(
      `http://localhost:3000/api/v1/commitments?member=${scenario.member.slug}&per_page=1&page=2`,
    );
    const second = await ok(
      listCommitments,
      new URL(first.links.next!).pathname + new URL(first.links.next!).search,
      CommitmentList,
    );
    expect(second.data).toHaveLength(1);
    expect(second.data[0]?.slug).not.toBe(first.data[0]?.slug);
    expect(second.links.next).toBeNull();
    const past = await ok(listCommitments, `/api/v1/commitments?member=${scenario.member.slug}&page=9`, CommitmentList);
    expect(past.data).toEqual([]);
  });

  it.each([
    "status=finished",
    "page=abc",
    "page=0",
    "per_page=101",
    "per_page=-1",
    "pillar=all",
    "year=last",
    "theme=%27%20OR%201%3D1--",
    "member=Robert%27)%3B%20DROP%20TABLE%20commitments%3B--",
    "status=in_progress&status=completed",
    "q=a%00b",
  ])("answers ?%s with a 400 problem naming the parameter", async (query) => {
    const body = await problem(listCommitments, `/api/v1/commitments?${query}`, 400);
    expect(body).toMatchObject({
      type: "/api/docs#problem-invalid-parameters",
      status: 400,
      instance: "/api/v1/commitments",
    });
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(query).toContain(body.errors![0]!.parameter);
  });

  it("takes any text as a search without failing", async () => {
    for (const q of ["'; DROP TABLE commitments; --", '"unterminated', "a & b | !c", "-", "or", "\\x00"]) {
      await ok(listCommitments, `/api/v1/commitments?q=${encodeURIComponent(q)}`, CommitmentList);
    }
  });
});

describe("GET /api/v1/commitments/{slug}", () => {
  it("shows the commitment with its milestones and published updates only", async () => {
    const body = await ok(getCommitment, `/api/v1/commitments/${scenario.reported.slug}`, CommitmentResponse, {
      slug: scenario.reported.slug,
    });
    expect(body.links.self).toBe(`http://localhost:3000/api/v1/commitments/${scenario.reported.slug}`);
    expect(body.data.milestones).toEqual([{ title: "Curriculum written", due_date: null, reached_on: null }]);
    expect(body.data.updates).toEqual([
      expect.objectContaining({
        id: scenario.published.id,
        narrative: `Published narrative ${scenario.word}`,
        implementation_status: "substantially_complete",
        percent_complete: 75,
        verification: "evidence_verified",
        published_at: "2026-03-01T09:30:00.000Z",
        evidence: [{ url: "https://example.org/report.pdf", label: "Report" }],
        barriers: [{ kind: "funding", detail: "Budget cut" }],
        member: { slug: scenario.member.slug, name: scenario.member.name },
      }),
    ]);
  });

  it.each([
    ["an unknown slug", "no-such-commitment"],
    ["a slug that cannot exist", "Not a slug!"],
  ])("answers %s with a 404 problem", async (_label, slug) => {
    const body = await problem(getCommitment, `/api/v1/commitments/${encodeURIComponent(slug)}`, 404, { slug });
    expect(body).toMatchObject({ type: "/api/docs#problem-not-found", status: 404 });
    expect(body.detail).toContain("No commitment has the slug");
  });

  it("does not show a proposed commitment", async () => {
    await problem(getCommitment, `/api/v1/commitments/${scenario.proposed.slug}`, 404, {
      slug: scenario.proposed.slug,
    });
  });
});

describe("GET /api/v1/members, /members/{slug}, /themes, /meetings", () => {
  it("shows a member with its approved commitments counted by status", async () => {
    const body = await ok(getMember, `/api/v1/members/${scenario.member.slug}`, MemberResponse, {
      slug: scenario.member.slug,
    });
    expect(body.data).toMatchObject({
      slug: scenario.member.slug,
      kind: "member_state",
      commitment_count: 2,
      status_counts: { not_reported: 1, substantially_complete: 1, completed: 0, in_progress: 0 },
      commitments_api_url: `http://localhost:3000/api/v1/commitments?member=${scenario.member.slug}`,
    });
    await problem(getMember, "/api/v1/members/no-such-member", 404, { slug: "no-such-member" });
  });

  it("lists members, filtered by kind", async () => {
    const all = await ok(listMembers, "/api/v1/members?per_page=100&kind=civil_society", MemberList);
    expect(all.data.every((member) => member.kind === "civil_society")).toBe(true);
    expect(all.data.map((member) => member.slug)).toContain(scenario.other.slug);
    await problem(listMembers, "/api/v1/members?region=europe", 400);
  });

  it("lists themes and meetings with their approved commitments counted", async () => {
    const themes = await ok(listThemes, "/api/v1/themes?per_page=100", ThemeList);
    expect(themes.data.find((theme) => theme.slug === scenario.theme.slug)).toMatchObject({
      commitment_count: 1,
      status_counts: { substantially_complete: 1 },
    });
    const meetings = await ok(listMeetings, "/api/v1/meetings?per_page=100", MeetingList);
    expect(meetings.data.find((meeting) => meeting.slug === "test-meeting")?.commitment_count).toBeGreaterThanOrEqual(
      2,
    );
    await problem(listThemes, "/api/v1/themes?per_page=1000", 400);
  });
});

describe("GET /api/v1/updates", () => {
  it("lists published updates only, filtered by member, commitment and date", async () => {
    const byMember = await ok(listUpdates, `/api/v1/updates?member=${scenario.member.slug}`, UpdateList);
    expect(byMember.data.map((update) => update.id)).toEqual([scenario.published.id]);
    const byCommitment = await ok(listUpdates, `/api/v1/updates?commitment=${scenario.reported.slug}`, UpdateList);
    expect(byCommitment.meta.total).toBe(1);
    const since = await ok(listUpdates, `/api/v1/updates?member=${scenario.member.slug}&since=2026-03-02`, UpdateList);
    expect(since.data).toEqual([]);
    const sinceMoment = `since=${encodeURIComponent("2026-03-01T09:30:00Z")}`;
    expect(
      (await ok(listUpdates, `/api/v1/updates?member=${scenario.member.slug}&${sinceMoment}`, UpdateList)).meta.total,
    ).toBe(1);
    await problem(listUpdates, "/api/v1/updates?since=last-week", 400);
  });
});

describe("every response", () => {
  it("is open to any origin, cacheable, and answers a conditional request with 304", async () => {
    const url = `/api/v1/commitments/${scenario.reported.slug}`;
    const { response } = await call(getCommitment, url, { slug: scenario.reported.slug });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await call(getCommitment, url, { slug: scenario.reported.slug }, { "If-None-Match": etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get("etag")).toBe(etag);

    const preflight = preflightCommitment();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, OPTIONS");
  });

  it("points to the lists and the description, which lists every endpoint", async () => {
    const index = await ok(getIndex, "/api/v1", ApiIndex);
    expect(index.links.commitments).toBe("http://localhost:3000/api/v1/commitments");
    const document = (await call(getOpenApi, "/api/v1/openapi.json")).json as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/",
        "/commitments",
        "/commitments/{slug}",
        "/members",
        "/members/{slug}",
        "/themes",
        "/meetings",
        "/updates",
      ]),
    );
  });

  it("never contains an email, an internal id, a draft, a review comment or an unapproved commitment", () => {
    const everything = bodies.join("\n");
    expect(everything.length).toBeGreaterThan(1000);
    for (const secret of secretsOf(scenario)) expect(everything.includes(secret), secret).toBe(false);
    expect(everything).not.toMatch(/"(email|author|reviewComment|review_comment|member_id|id)":\s*"[^"]*@/);
  });
});

describe("the record model in the API (decision 0012)", () => {
  it("lists a joint recommendation once, with its kind, addressees, editorial note and every member, lead first", async () => {
    const lead = await createMember(db, { name: "Api Lead Member" });
    const coMember = await createMember(db, { name: "Api Co-Member" });
    const joint = await createCommitment(db, lead.id, {
      kind: "RECOMMENDATION",
      addressedTo: ["SECURITY_COUNCIL_MEMBERS", "OTHER"],
      addresseeDetail: "The Council's elected members",
      editorialNote: "The source says ensure impunity; read as end impunity.",
      coMemberIds: [coMember.id],
    });
    const adopting = await createCommitment(db, coMember.id, { adoptedFromId: joint.id });
    const body = await ok<{ data: Record<string, unknown> }>(
      getCommitment,
      `/api/v1/commitments/${joint.slug}`,
      CommitmentResponse,
      { slug: joint.slug },
    );
    expect(body.data).toMatchObject({
      kind: "recommendation",
      addressed_to: ["security_council_members", "other"],
      addressee_detail: "The Council's elected members",
      editorial_note: "The source says ensure impunity; read as end impunity.",
      adopted_from: null,
      members: [
        { slug: lead.slug, name: "Api Lead Member" },
        { slug: coMember.slug, name: "Api Co-Member" },
      ],
    });
    const list = await ok<{ data: { slug: string; adopted_from: string | null }[] }>(
      listCommitments,
      `/api/v1/commitments?member=${coMember.slug}&per_page=100`,
      CommitmentList,
    );
    expect(list.data.map((c) => [c.slug, c.adopted_from]).sort()).toEqual(
      [
        [joint.slug, null],
        [adopting.slug, joint.slug],
      ].sort(),
    );
    const recommendations = await ok<{ data: { kind: string }[] }>(
      listCommitments,
      `/api/v1/commitments?member=${coMember.slug}&type=recommendation`,
      CommitmentList,
    );
    expect(recommendations.data.map((c) => c.kind)).toEqual(["recommendation"]);
  });
});
