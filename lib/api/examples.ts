// Example bodies shown in the OpenAPI document and on the API docs page. Typed by the schemas' inputs (and parsed
// by them in lib/api/openapi.test.ts), so an example cannot show a field the API does not send.
import type { z } from "zod";
import { invalidParameters, notFound } from "./problem";
import type { Commitment, CommitmentDetail } from "./schemas/commitments";
import type { ProblemBody } from "./schemas/common";
import type { Meeting } from "./schemas/meetings";
import type { Member } from "./schemas/members";
import type { Theme } from "./schemas/themes";
import type { Assessment } from "./schemas/assessments";
import type { Update } from "./schemas/updates";

const STATUS_COUNTS = {
  not_reported: 1,
  not_started: 0,
  in_progress: 2,
  substantially_complete: 0,
  completed: 1,
  discontinued: 0,
};

export function apiExamples(appUrl: string) {
  const at = (path: string) => new URL(path, appUrl).href;
  const page = (path: string, total: number) => {
    const first = at(`${path}${path.includes("?") ? "&" : "?"}page=1`);
    return {
      meta: { total, page: 1, per_page: 25, page_count: 1 },
      links: { self: at(path), first, last: first, next: null, prev: null },
    };
  };

  const update: z.input<typeof Update> = {
    id: "5d1c7f0e-2b8a-4c49-9d51-3f0f6e1a7b22",
    commitment: {
      slug: "colombia-womens-participation",
      title: "Advance women's participation in implementing UNSCR 1325",
    },
    member: { slug: "colombia", name: "Colombia" },
    published_at: "2026-03-01T09:30:00.000Z",
    implementation_status: "in_progress",
    percent_complete: 40,
    verification: "reviewed",
    reporting_cycle: "Reporting cycle 2025–2026",
    narrative: "The sub-committee met twice and adopted its terms of reference.",
    evidence: [{ url: "https://example.org/terms-of-reference.pdf", label: "Terms of reference" }],
    barriers: [{ kind: "funding", detail: null }],
    milestones_reached: ["Terms of reference adopted"],
    demonstration_data: true,
    url: at("/commitments/colombia-womens-participation#update-5d1c7f0e-2b8a-4c49-9d51-3f0f6e1a7b22"),
    redacted_parts: [],
    redacted_at: null,
  };

  // One of its links was redacted by the secretariat after publication: it is gone, and the fields say when.
  const assessment: z.input<typeof Assessment> = {
    id: "9a3e51c2-7f4d-4b1e-8c2a-1d6f0b7e4a95",
    commitment: update.commitment,
    member: update.member,
    organisation: { slug: "ngo-working-group-on-wps", name: "NGO Working Group on Women, Peace and Security" },
    published_at: "2026-04-10T14:00:00.000Z",
    period_from: "2025-04-01",
    period_to: "2026-03-31",
    assessed_status: "not_started",
    narrative: "We found no record of the sub-committee meeting in the period.",
    language: "en",
    evidence: [{ url: "https://example.org/shadow-report-2026.pdf", label: "Shadow report 2026" }],
    responses: [
      {
        member: update.member,
        published_at: "2026-04-20T08:00:00.000Z",
        text: "The sub-committee met twice; the minutes are public.",
        language: "en",
        redacted_at: null,
      },
    ],
    demonstration_data: true,
    url: at("/commitments/colombia-womens-participation"),
    redacted_parts: ["evidence_link"],
    redacted_at: "2026-04-12T09:00:00.000Z",
  };

  const commitment: z.input<typeof Commitment> = {
    slug: "colombia-womens-participation",
    kind: "pledge",
    addressed_to: [],
    addressee_detail: null,
    editorial_note: null,
    adopted_from: null,
    members: [{ slug: "colombia", name: "Colombia" }],
    title: "Advance women's participation in implementing UNSCR 1325",
    description:
      "Colombia shared its commitment to women's participation, presenting it as a good practice for implementing Security Council resolution 1325.",
    language: "en",
    translations: {
      es: {
        title: "Promover la participación de las mujeres en la aplicación de la resolución 1325 (2000)",
        description:
          "Colombia compartió su compromiso con la participación de las mujeres y lo presentó como una buena práctica para aplicar la resolución 1325 (2000) del Consejo de Seguridad.",
      },
    },
    member: {
      slug: "colombia",
      name: "Colombia",
      kind: "member_state",
      iso3: "COL",
      regional_group: "latin_american_caribbean",
    },
    meeting: { slug: "berlin-2018", title: "Capital-level meeting, Berlin, 9–10 April 2018", start_date: "2018-04-09" },
    themes: [{ slug: "institutional-mechanisms", name: "Institutional mechanisms" }],
    pillars: ["participation"],
    target_date: null,
    indicator: null,
    source_excerpt: "The representative of Colombia shared their commitment to women's participation",
    implementation_status: "in_progress",
    percent_complete: 40,
    last_published_at: "2026-03-01T09:30:00.000Z",
    latest_verification: "reviewed",
    schedule: "no_target",
    reporting_freshness: "reported",
    discontinued_reason: null,
    published_update_count: 1,
    demonstration_data: true,
    url: at("/commitments/colombia-womens-participation"),
    api_url: at("/api/v1/commitments/colombia-womens-participation"),
  };

  const detail: z.input<typeof CommitmentDetail> = {
    ...commitment,
    milestones: [{ title: "Terms of reference adopted", due_date: "2026-06-30", reached_on: "2026-02-15" }],
    updates: [update],
  };

  const member: z.input<typeof Member> = {
    slug: "colombia",
    name: "Colombia",
    short_name: null,
    kind: "member_state",
    iso3: "COL",
    regional_group: "latin_american_caribbean",
    commitment_count: 4,
    status_counts: STATUS_COUNTS,
    includes_demonstration_data: true,
    demonstration_data: false,
    url: at("/members/colombia"),
    api_url: at("/api/v1/members/colombia"),
    commitments_api_url: at("/api/v1/commitments?member=colombia"),
  };

  const theme: z.input<typeof Theme> = {
    slug: "institutional-mechanisms",
    name: "Institutional mechanisms",
    description: null,
    sort_order: 9,
    commitment_count: 4,
    status_counts: STATUS_COUNTS,
    includes_demonstration_data: true,
    url: at("/themes/institutional-mechanisms"),
    commitments_api_url: at("/api/v1/commitments?theme=institutional-mechanisms"),
  };

  const meeting: z.input<typeof Meeting> = {
    slug: "berlin-2018",
    title: "Capital-level meeting, Berlin, 9–10 April 2018",
    kind: "capital_level",
    city: "Berlin",
    country: "Germany",
    start_date: "2018-04-09",
    end_date: "2018-04-10",
    theme: "Building Alliances to Advance the Women, Peace and Security Agenda",
    source_title: "Joint Communiqué By The Focal Points On Women, Peace And Security",
    parent_meeting_slug: null,
    organisers: [
      { member_slug: "germany", member_name: "Germany", role: "chair" },
      { member_slug: "spain", member_name: "Spain", role: "co_organiser" },
    ],
    commitment_count: 22,
    demonstration_data: false,
    commitments_api_url: at("/api/v1/commitments?meeting=berlin-2018"),
  };

  const problem = (body: ProblemBody, instance: string): ProblemBody => ({ ...body, instance });

  return {
    commitmentList: { data: [commitment], ...page("/api/v1/commitments?theme=institutional-mechanisms", 1) },
    commitment: { data: detail, links: { self: at("/api/v1/commitments/colombia-womens-participation") } },
    memberList: { data: [member], ...page("/api/v1/members?kind=member_state", 1) },
    member: { data: member, links: { self: at("/api/v1/members/colombia") } },
    themeList: { data: [theme], ...page("/api/v1/themes", 1) },
    meetingList: { data: [meeting], ...page("/api/v1/meetings", 1) },
    updateList: { data: [update], ...page("/api/v1/updates?since=2026-01-01", 1) },
    assessmentList: { data: [assessment], ...page("/api/v1/assessments?organisation=ngo-working-group-on-wps", 1) },
    invalidParameters: problem(
      invalidParameters([
        {
          parameter: "status",
          in: "query",
          detail:
            "status must be one of: not_reported, not_started, in_progress, substantially_complete, completed, discontinued.",
        },
      ]),
      "/api/v1/commitments",
    ),
    notFound: (resource: string, path: string) =>
      problem(
        notFound(`No ${resource} has the slug "no-such-${resource}".`),
        `/api/v1${path.replace("{slug}", `no-such-${resource}`)}`,
      ),
  };
}
