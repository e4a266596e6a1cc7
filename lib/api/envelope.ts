// The envelopes of the API's bodies: a list (a page of records with its meta and links) and one record.
import { pageLinks, pageMeta, type PageRequest } from "./pagination";

export function listBody<T>(data: T[], total: number, page: PageRequest, self: URL) {
  const meta = pageMeta(total, page);
  return { data, meta, links: pageLinks(self, meta) };
}

export function oneBody<T>(data: T, self: URL) {
  return { data, links: { self: self.href } };
}
