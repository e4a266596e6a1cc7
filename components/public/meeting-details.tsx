import { Fragment } from "react";
import { Link } from "@/lib/i18n/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CommitmentPage } from "@/lib/data/public/get-commitment-page";

/** The meeting where the commitment was pledged, and the debriefs that reported on it. */
export async function MeetingDetails({ meeting }: { meeting: CommitmentPage["meeting"] }) {
  const t = await getTranslations("public.commitment");
  const tExplorer = await getTranslations("explorer.commitment");
  const format = await getFormatter();
  const dates = (start: Date, end: Date) =>
    start.getTime() === end.getTime()
      ? format.dateTime(start, { dateStyle: "long" })
      : format.dateTimeRange(start, end, { dateStyle: "long" });
  return (
    <section aria-labelledby="meeting" className="space-y-2 print:break-inside-avoid">
      <h2 id="meeting" className="text-xl">
        {t("meetingHeading")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("meetingName")}</dt>
        <dd lang={meeting.lang}>{meeting.title}</dd>
        <dt className="font-semibold">{t("meetingPlace")}</dt>
        <dd>
          {t.rich("meetingWhere", {
            city: () => <bdi>{meeting.city}</bdi>,
            country: () => <bdi>{meeting.country}</bdi>,
          })}
        </dd>
        <dt className="font-semibold">{t("meetingDates")}</dt>
        <dd>{dates(meeting.startDate, meeting.endDate)}</dd>
        {meeting.theme && (
          <>
            <dt className="font-semibold">{t("meetingTheme")}</dt>
            <dd>{meeting.theme}</dd>
          </>
        )}
        {meeting.debriefs.map((debrief) => (
          <Fragment key={`${debrief.title}-${debrief.startDate.toISOString()}`}>
            <dt className="font-semibold">{t("debrief")}</dt>
            <dd>
              <bdi lang={debrief.lang}>{debrief.title}</bdi> (
              {t.rich("debriefWhen", {
                city: () => <bdi>{debrief.city}</bdi>,
                dates: dates(debrief.startDate, debrief.endDate),
              })}
              )
            </dd>
          </Fragment>
        ))}
      </dl>
      <p className="no-print text-sm">
        <Link href={{ pathname: "/commitments", query: { meeting: meeting.slug } }}>{tExplorer("sameMeeting")}</Link>
      </p>
    </section>
  );
}
