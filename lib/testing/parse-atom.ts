// Reads an Atom document the way a feed reader would, for tests: well-formed XML (fast-xml-parser's validator), then
// the elements RFC 4287 requires of a feed and of each entry, or an error naming what is missing.
import { XMLParser, XMLValidator } from "fast-xml-parser";

type ParsedEntry = {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  content: string;
  contentLang?: string;
};

export type ParsedFeed = {
  lang: string;
  id: string;
  title: string;
  updated: string;
  self: string;
  alternate: string;
  author: string;
  entries: ParsedEntry[];
};

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  isArray: (name) => ["entry", "link"].includes(name),
});

function textOf(node: unknown, what: string): string {
  const value = typeof node === "object" && node !== null ? (node as Node)["#text"] : node;
  if (typeof value !== "string" || value.trim() === "") throw new Error(`Atom: ${what} is missing or empty`);
  return value;
}

function linkOf(links: unknown, rel: string, what: string): string {
  const found = ((links as Node[] | undefined) ?? []).find((link) => (link["@rel"] ?? "alternate") === rel);
  return textOf(found?.["@href"], `${what} link rel=${rel}`);
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function dateOf(node: unknown, what: string): string {
  const value = textOf(node, what);
  if (!RFC3339.test(value)) throw new Error(`Atom: ${what} is not an RFC 3339 date: ${value}`);
  return value;
}

export function parseAtom(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const feed = (parser.parse(xml) as Node).feed as Node | undefined;
  if (!feed || feed["@xmlns"] !== "http://www.w3.org/2005/Atom") throw new Error("Atom: no feed in the Atom namespace");
  const author = (feed.author as Node | undefined)?.name;
  return {
    lang: textOf(feed["@xml:lang"], "feed xml:lang"),
    id: textOf(feed.id, "feed id"),
    title: textOf(feed.title, "feed title"),
    updated: dateOf(feed.updated, "feed updated"),
    self: linkOf(feed.link, "self", "feed"),
    alternate: linkOf(feed.link, "alternate", "feed"),
    author: textOf(author, "feed author name"),
    entries: ((feed.entry as Node[] | undefined) ?? []).map((entry, index) => {
      const what = `entry ${index + 1}`;
      const content = entry.content as Node | undefined;
      const contentLang = content?.["@xml:lang"];
      return {
        id: textOf(entry.id, `${what} id`),
        title: textOf(entry.title, `${what} title`),
        updated: dateOf(entry.updated, `${what} updated`),
        link: linkOf(entry.link, "alternate", what),
        author: textOf((entry.author as Node | undefined)?.name, `${what} author name`),
        content: textOf(content, `${what} content`),
        ...(typeof contentLang === "string" ? { contentLang } : {}),
      };
    }),
  };
}
