import { describe, expect, it } from "vitest";
import { parseAtom } from "@/lib/testing/parse-atom";
import { atomXml, type AtomFeed } from "@/lib/domain/atom-feed";

const feed: AtomFeed = {
  id: "https://tracker.example.org/members/el-salvador/feed.xml",
  title: "El Salvador: commitments and progress",
  subtitle: "New commitments, published progress updates and changes of status.",
  self: "https://tracker.example.org/members/el-salvador/feed.xml",
  alternate: "https://tracker.example.org/members/el-salvador",
  lang: "en",
  author: "WPS Commitments Tracker",
  fallbackUpdated: new Date("2026-12-05T00:00:00Z"),
  entries: [
    {
      id: "tag:tracker.example.org,2026-12-05:update/1/en",
      title: 'Progress update — El Salvador: Women <in> peace & "security"',
      updated: new Date("2026-12-04T10:00:00Z"),
      link: "https://tracker.example.org/commitments/a?x=1&y=2",
      author: "El Salvador",
      content: "Status: In progress.\n\nThe plan's <b>budget</b> & staff\u0007 were approved.",
      contentLang: "es",
    },
    {
      id: "tag:tracker.example.org,2026-12-05:commitment/2/en",
      title: "New commitment — El Salvador: A national action plan",
      updated: new Date("2026-12-05T08:30:00Z"),
      link: "https://tracker.example.org/commitments/b",
      author: "El Salvador",
      content: "Adopt a national action plan.",
    },
  ],
};

describe("atomXml", () => {
  it("writes a valid Atom 1.0 feed: every required element, escaped text, dates in UTC", () => {
    const parsed = parseAtom(atomXml(feed));
    expect(parsed).toMatchObject({
      lang: "en",
      id: feed.id,
      title: feed.title,
      self: feed.self,
      alternate: feed.alternate,
      author: "WPS Commitments Tracker",
      // The newest entry, whatever the order given.
      updated: "2026-12-05T08:30:00.000Z",
    });
    expect(parsed.entries).toHaveLength(2);
    expect(parsed.entries[0]).toEqual({
      id: "tag:tracker.example.org,2026-12-05:update/1/en",
      title: 'Progress update — El Salvador: Women <in> peace & "security"',
      updated: "2026-12-04T10:00:00.000Z",
      link: "https://tracker.example.org/commitments/a?x=1&y=2",
      author: "El Salvador",
      // A control character XML cannot carry is dropped; markup stays text.
      content: "Status: In progress.\n\nThe plan's <b>budget</b> & staff were approved.",
      contentLang: "es",
    });
  });

  it("still has an updated date when nothing has happened yet", () => {
    const parsed = parseAtom(atomXml({ ...feed, entries: [] }));
    expect(parsed.updated).toBe("2026-12-05T00:00:00.000Z");
    expect(parsed.entries).toEqual([]);
  });
});
