import { Link } from "@/lib/i18n/navigation";

/** An emailed link that is unknown, expired or already used: what happened and what to do, nothing else. */
type Props = { title: string; body: string; action?: { href: string; label: string } };

export function InvalidLinkNotice({ title, body, action }: Props) {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-3xl">{title}</h1>
      <p>{body}</p>
      {action ? (
        <p>
          <Link href={action.href}>{action.label}</Link>
        </p>
      ) : null}
    </div>
  );
}
