// An Atom 1.0 document (RFC 4287) from plain values: every text is escaped, every date written in UTC. Pure, so the
// unit test can parse what it writes.

type AtomEntry = {
  /** A tag: URI or a stable URL: never changes for the same entry. */
  id: string;
  title: string;
  updated: Date;
  /** The page the entry is about, in the reader's language. */
  link: string;
  author: string;
  content: string;
  /** The language of `content` when it is not the feed's (an update shown in the language it was written in). */
  contentLang?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** The feed's own address, and the page it follows, both absolute. */
  self: string;
  alternate: string;
  lang: string;
  author: string;
  /** When nothing has happened yet: the feed still needs an `updated`. */
  fallbackUpdated: Date;
  entries: readonly AtomEntry[];
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** XML 1.0 has no place for most control characters: they are dropped rather than making the document invalid. */
function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const text = (name: string, value: string, attributes = "") => `<${name}${attributes}>${escapeXml(value)}</${name}>`;

export function atomXml(feed: AtomFeed): string {
  const newest = feed.entries.reduce<Date>(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    feed.entries.length > 0 ? feed.entries[0]!.updated : feed.fallbackUpdated,
  );
  const entries = feed.entries.map((entry) =>
    [
      "  <entry>",
      `    ${text("id", entry.id)}`,
      `    ${text("title", entry.title)}`,
      `    ${text("updated", entry.updated.toISOString())}`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <author>${text("name", entry.author)}</author>`,
      `    ${text("content", entry.content, ` type="text"${entry.contentLang ? ` xml:lang="${escapeXml(entry.contentLang)}"` : ""}`)}`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${text("id", feed.id)}`,
    `  ${text("title", feed.title)}`,
    ...(feed.subtitle ? [`  ${text("subtitle", feed.subtitle)}`] : []),
    `  ${text("updated", newest.toISOString())}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    `  <author>${text("name", feed.author)}</author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
