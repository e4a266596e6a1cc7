// What the open data reads of members, themes and meetings (commitments and updates: ./commitment-rows.ts and
// ./update-rows.ts). The API (lib/api) and the downloads (lib/open-data) shape these rows, so a field the public
// must never see is never selected.
import type { Prisma } from "@/lib/generated/prisma/client";

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
