// URL parameters of the secretariat console's lists (filters, search, page). They come from the address bar, so
// each is checked and anything unexpected is simply ignored: a bad filter shows the unfiltered list, never an error.
import { parsePageNumber } from "@/lib/domain/page-number";
import { isUuid } from "./uuid";

export type SearchParams = Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function uuidParam(params: SearchParams, name: string): string | undefined {
  const value = first(params[name]);
  return isUuid(value) ? value.toLowerCase() : undefined;
}

export function enumParam<T extends string>(params: SearchParams, name: string, values: readonly T[]): T | undefined {
  const value = first(params[name]);
  return (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;
}

/** Free text (a search), trimmed; undefined when blank. */
export function textParam(params: SearchParams, name: string, max = 100): string | undefined {
  const value = first(params[name])?.trim();
  return value ? value.slice(0, max) : undefined;
}

/** A calendar day (YYYY-MM-DD) that exists; undefined otherwise. */
export function dayParam(params: SearchParams, name: string): string | undefined {
  const value = first(params[name]);
  if (!value || !DAY.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : undefined;
}

/** A positive whole number such as a keyset cursor (audit ids); undefined otherwise. */
export function idParam(params: SearchParams, name: string): bigint | undefined {
  const value = first(params[name]);
  return value && /^[1-9]\d{0,17}$/.test(value) ? BigInt(value) : undefined;
}

export function pageParam(params: SearchParams): number {
  return parsePageNumber(params.page);
}

/** The list's current query (without the page and the confirmation), for links and forms that keep the view. */
export function keptQuery(params: SearchParams, names: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of names) {
    const value = first(params[name]);
    if (value) kept[name] = value;
  }
  return kept;
}
