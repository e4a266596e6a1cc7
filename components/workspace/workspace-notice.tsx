import Link from "next/link";

/** A confirmation at the top of a workspace page, after a redirect (submitted, proposed, saved). */
export function WorkspaceNotice({
  title,
  body,
  link,
}: {
  title: string;
  body: string;
  link?: { href: string; text: string } | null;
}) {
  return (
    <div role="status" className="space-y-1 rounded border-l-4 border-success bg-success-light p-4 text-ink">
      <h2 className="text-lg">{title}</h2>
      <p>{body}</p>
      {link ? (
        <p>
          <Link href={link.href}>{link.text}</Link>
        </p>
      ) : null}
    </div>
  );
}
