// Every operation of /api/v1, once: its path, the schemas of its parameters and response, and its documentation.
// The route handlers take their checks from here (lib/api/handler.ts) and the OpenAPI document its description
// (lib/api/openapi.ts), so what is documented is what is enforced.
import { z } from "zod";
import type { apiExamples } from "./examples";
import type { CACHE_CONTROL } from "./http";
import { CommitmentList, CommitmentQuery, CommitmentResponse } from "./schemas/commitments";
import { ApiIndex } from "./schemas/common";
import { MeetingList } from "./schemas/meetings";
import { MemberList, MemberQuery, MemberResponse } from "./schemas/members";
import { PaginationQuery, SlugPath } from "./schemas/params";
import { ThemeList, ThemeQuery } from "./schemas/themes";
import { UpdateList, UpdateQuery } from "./schemas/updates";
import { AssessmentList, AssessmentQuery } from "./schemas/assessments";

type Examples = ReturnType<typeof apiExamples>;

export type ApiOperation = {
  path: string;
  tag: string;
  summary: string;
  description: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  /** What a record in the path is called, for 404s ("No commitment has the slug …"). */
  resource?: string;
  response: z.ZodType;
  /** The example body shown in the document (lib/api/examples.ts). */
  example?: Exclude<keyof Examples, "notFound" | "invalidParameters">;
  /** An example request, relative to the server; shown on the docs page. */
  exampleRequest: string;
  cacheControl?: keyof typeof CACHE_CONTROL;
};

export const API_OPERATIONS = {
  listCommitments: {
    path: "/commitments",
    tag: "Commitments",
    summary: "List commitments",
    description:
      "Approved commitments, in the explorer's order (member, then title), with the explorer's filters. Filters " +
      "combine: a commitment must match every one given.",
    query: CommitmentQuery,
    response: CommitmentList,
    example: "commitmentList",
    exampleRequest: "/commitments?theme=institutional-mechanisms&status=in_progress",
  },
  getCommitment: {
    path: "/commitments/{slug}",
    tag: "Commitments",
    summary: "Get a commitment",
    description: "One approved commitment with its milestones and every published progress update, newest first.",
    params: SlugPath,
    resource: "commitment",
    response: CommitmentResponse,
    example: "commitment",
    exampleRequest: "/commitments/colombia-gender-sub-committee",
  },
  listMembers: {
    path: "/members",
    tag: "Members",
    summary: "List members",
    description: "Members of the Network, by name, with their approved commitments counted by status.",
    query: MemberQuery,
    response: MemberList,
    example: "memberList",
    exampleRequest: "/members?kind=member_state",
  },
  getMember: {
    path: "/members/{slug}",
    tag: "Members",
    summary: "Get a member",
    description: "One member with its approved commitments counted by status.",
    params: SlugPath,
    resource: "member",
    response: MemberResponse,
    example: "member",
    exampleRequest: "/members/colombia",
  },
  listThemes: {
    path: "/themes",
    tag: "Themes",
    summary: "List themes",
    description: "The Network's themes, in the taxonomy's order, with their approved commitments counted by status.",
    query: ThemeQuery,
    response: ThemeList,
    example: "themeList",
    exampleRequest: "/themes",
  },
  listMeetings: {
    path: "/meetings",
    tag: "Meetings",
    summary: "List meetings",
    description: "The meetings where commitments were made or reported on, oldest first.",
    query: PaginationQuery,
    response: MeetingList,
    example: "meetingList",
    exampleRequest: "/meetings",
  },
  listUpdates: {
    path: "/updates",
    tag: "Updates",
    summary: "List published updates",
    description:
      "Published progress updates on approved commitments, newest first. Drafts, updates waiting for review and " +
      "returned updates are never shown. What the secretariat removed after publication to keep people safe is " +
      "gone; redacted_parts and redacted_at say that something was removed, and when.",
    query: UpdateQuery,
    response: UpdateList,
    example: "updateList",
    exampleRequest: "/updates?since=2026-01-01",
  },
  listAssessments: {
    path: "/assessments",
    tag: "Assessments",
    summary: "List published independent assessments",
    description:
      "Independent assessments of approved commitments by accredited civil-society organisations, newest first, " +
      "with the organisation that wrote each and the member's responses. An assessment is shown beside the " +
      "member's own report and never changes the member's status. Drafts and assessments under review are never shown. " +
      "What the secretariat removed after publication is gone; redacted_parts, redacted_at and each response's " +
      "redacted_at say that something was removed, and when.",
    query: AssessmentQuery,
    response: AssessmentList,
    example: "assessmentList",
    exampleRequest: "/assessments?organisation=ngo-working-group-on-wps",
  },
  getApiIndex: {
    path: "/",
    tag: "Document",
    summary: "Entry point",
    description: "Links to the lists, to this document and to the bulk downloads.",
    response: ApiIndex,
    exampleRequest: "/",
    cacheControl: "document",
  },
  getOpenApiDocument: {
    path: "/openapi.json",
    tag: "Document",
    summary: "This document",
    description: "The OpenAPI 3.1 description of this API.",
    response: z.looseObject({ openapi: z.string() }),
    exampleRequest: "/openapi.json",
    cacheControl: "document",
  },
} satisfies Record<string, ApiOperation>;
