import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { canReadOutbox, listOutboxFiles, readOutboxMessage, type OutboxMessage } from "@/lib/dev/outbox";
import { DATE_AND_TIME } from "@/lib/i18n/time-zone";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.outbox");
  return { title: t("metaTitle"), robots: { index: false } };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Email is shown as plain text only: its HTML part is never rendered, so nothing in a message can run here. */
export default async function OutboxPage({ searchParams }: { searchParams: SearchParams }) {
  if (!canReadOutbox(await getSessionUser())) notFound();
  const [params, t, format] = await Promise.all([searchParams, getTranslations("auth.outbox"), getFormatter()]);
  const date = (value: Date | null) => (value ? format.dateTime(value, DATE_AND_TIME) : "");

  const file = typeof params.file === "string" ? params.file : null;
  if (file) {
    const message = await readOutboxMessage(file);
    if (!message) notFound();
    return <MessageView message={message} date={date(message.date)} t={t} />;
  }

  const files = (await listOutboxFiles()).slice(0, 200);
  const messages = (await Promise.all(files.map(readOutboxMessage))).filter((m): m is OutboxMessage => m !== null);
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl">{t("title")}</h1>
        <p>{t("intro")}</p>
      </header>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-start">
            <caption className="mb-2 text-start text-sm text-ink-muted">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line-strong">
                <th scope="col" className="py-2 pe-4">
                  {t("columns.date")}
                </th>
                <th scope="col" className="py-2 pe-4">
                  {t("columns.to")}
                </th>
                <th scope="col" className="py-2">
                  {t("columns.subject")}
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.file} className="border-b border-line align-top">
                  <td className="py-2 pe-4 whitespace-nowrap">{date(message.date)}</td>
                  <td className="py-2 pe-4">{message.to}</td>
                  <td className="py-2">
                    <Link href={`/dev/outbox?${new URLSearchParams({ file: message.file })}`}>
                      {message.subject || t("noSubject")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function MessageView({
  message,
  date,
  t,
}: {
  message: OutboxMessage;
  date: string;
  t: Awaited<ReturnType<typeof getTranslations<"auth.outbox">>>;
}) {
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href="/dev/outbox">{t("back")}</Link>
      </p>
      <h1 className="text-2xl">{message.subject || t("noSubject")}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("from")}</dt>
        <dd>{message.from}</dd>
        <dt className="font-semibold">{t("to")}</dt>
        <dd>{message.to}</dd>
        <dt className="font-semibold">{t("date")}</dt>
        <dd>{date}</dd>
      </dl>
      {message.links.length > 0 ? (
        <section aria-labelledby="outbox-links" className="space-y-2">
          <h2 id="outbox-links" className="text-lg">
            {t("links")}
          </h2>
          <ul className="list-disc space-y-1 ps-5">
            {message.links.map((link) => (
              <li key={link} className="break-all">
                <a href={link}>{link}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="outbox-body" className="space-y-2">
        <h2 id="outbox-body" className="text-lg">
          {t("body")}
        </h2>
        <pre className="whitespace-pre-wrap break-words rounded border border-line bg-paper p-4 font-sans">
          {message.text}
        </pre>
      </section>
    </article>
  );
}
