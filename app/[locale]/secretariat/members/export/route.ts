// GET: the members ticked in the register (or all that the filters show) as CSV, for the secretariat.
import { listMembersForExport } from "@/lib/data/secretariat/list-members-for-export";
import { csvText } from "@/lib/open-data/csv";
import { MemberKind, RegionalGroup } from "@/lib/generated/prisma/enums";
import { signedInRoute } from "@/lib/http/signed-in-route";
import { enumParam, textParam } from "@/lib/validation/console-params";
import { isUuid } from "@/lib/validation/uuid";

const COLUMNS = [
  "member_slug",
  "member_name",
  "short_name",
  "member_kind",
  "iso3",
  "regional_group",
  "commitments",
  "active_focal_points",
  "demonstration_data",
];

const route = { route: "/secretariat/members/export", back: { to: "members", href: "/secretariat/members" } } as const;

export const GET = signedInRoute<{ locale: string }>(route, async ({ user, request }) => {
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const ids = url.searchParams.getAll("ids").filter(isUuid).slice(0, 500);
  const members = await listMembersForExport(user, ids, {
    search: textParam(params, "search"),
    kind: enumParam(params, "kind", Object.values(MemberKind)),
    region: enumParam(params, "region", Object.values(RegionalGroup)),
  });
  const csv = csvText(
    members.map((m) => [
      m.slug,
      m.name,
      m.shortName,
      m.kind.toLowerCase(),
      m.isoCode,
      m.regionalGroup?.toLowerCase() ?? null,
      m._count.commitments,
      m._count.users,
      String(m.isDemo),
    ]),
    { header: true, columns: COLUMNS, bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="wps-members-${new Date().toISOString().slice(0, 10)}.csv"`,
    },
  });
});
