// What the open data reads of each table: the API (lib/api) and the downloads (lib/open-data) shape these rows, so
// a field the public must never see (emails, review comments, authors, internal ids of people) is never selected.
import type { Prisma } from "@/lib/generated/prisma/client";

export const PUBLISHED = { reviewState: "PUBLISHED" } as const;

export const commitmentSelect = {
  slug: true,
  title: true,
  description: true,
  sourceExcerpt: true,
  pillars: true,
  targetDate: true,
  indicatorName: true,
  indicatorBaseline: true,
  indicatorTarget: true,
  indicatorUnit: true,
  approval: true,
  discontinuedReason: true,
  currentStatus: true,
  currentPercent: true,
  lastPublishedAt: true,
  isDemo: true,
  member: { select: { slug: true, name: true, kind: true, isoCode: true, regionalGroup: true, isDemo: true } },
  meeting: { select: { slug: true, title: true, startDate: true } },
  themes: { select: { theme: { select: { slug: true, name: true, sortOrder: true } } } },
  milestones: {
    orderBy: [{ sortOrder: "asc" }, { dueDate: "asc" }],
    select: { title: true, dueDate: true, reachedOn: true },
  },
  // The latest published update only: its verification and demonstration flag describe the current status.
  updates: {
    where: PUBLISHED,
    orderBy: [{ publishedAt: "desc" }, { createdAt: "desc" }],
    take: 1,
    select: { isDemo: true, verification: true },
  },
  _count: { select: { updates: { where: PUBLISHED } } },
} satisfies Prisma.CommitmentSelect;

export type CommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof commitmentSelect }>;

export const updateSelect = {
  id: true,
  status: true,
  percentComplete: true,
  narrative: true,
  verification: true,
  publishedAt: true,
  isDemo: true,
  cycle: { select: { name: true } },
  commitment: {
    select: { slug: true, title: true, isDemo: true, member: { select: { slug: true, name: true, isDemo: true } } },
  },
  evidence: { select: { url: true, label: true } },
  barriers: { select: { kind: true, detail: true } },
  milestonesReached: { select: { milestone: { select: { title: true, sortOrder: true } } } },
} satisfies Prisma.ProgressUpdateSelect;

export type UpdateRow = Prisma.ProgressUpdateGetPayload<{ select: typeof updateSelect }>;

export const memberSelect = {
  slug: true,
  name: true,
  shortName: true,
  kind: true,
  isoCode: true,
  regionalGroup: true,
  isDemo: true,
} satisfies Prisma.MemberSelect;

export type MemberRow = Prisma.MemberGetPayload<{ select: typeof memberSelect }>;

export const themeSelect = { slug: true, name: true, description: true, sortOrder: true } satisfies Prisma.ThemeSelect;

export type ThemeRow = Prisma.ThemeGetPayload<{ select: typeof themeSelect }>;

export const meetingSelect = {
  slug: true,
  title: true,
  kind: true,
  city: true,
  country: true,
  startDate: true,
  endDate: true,
  theme: true,
  sourceTitle: true,
  isDemo: true,
  parentMeeting: { select: { slug: true } },
  organisers: {
    orderBy: [{ role: "asc" }, { member: { name: "asc" } }],
    select: { role: true, member: { select: { slug: true, name: true } } },
  },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingSelect }>;
