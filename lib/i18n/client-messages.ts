// What of the message catalogue reaches the browser. Server components translate on the server; only client
// components need messages in the page, so each part of the site sends just the namespaces its client components
// use (a public page would otherwise carry the whole catalogue, some 28 KB compressed, on every load).
// lib/i18n/client-messages.test.ts checks every client component's namespaces against these lists.
import type { Locale } from "./locales";
import { messages } from "./messages";

/** Client components anywhere on the site: header, error page, filters, charts, sign-in and password forms, the
 * "Follow by email" form. */
export const PUBLIC_CLIENT_NAMESPACES = [
  "common",
  "statuses",
  "public.filters",
  "explorer.search",
  "auth.signIn",
  "auth.forgotPassword",
  "auth.password",
  "auth.changePassword",
  "auth.language",
  "public.follow",
] as const;

/** The focal point's workspace forms (app/[locale]/workspace). */
export const WORKSPACE_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  "workspace.update",
  "workspace.details",
  "assessments.form",
  "assessments.errors",
  "secretariat.console",
] as const;

/** The secretariat console's forms (app/[locale]/secretariat). */
export const SECRETARIAT_CLIENT_NAMESPACES = [
  ...PUBLIC_CLIENT_NAMESPACES,
  "register",
  "review",
  "reporting",
  "secretariat.console",
  "imports.confirm",
  "auth.invitations",
  "assessments.errors",
] as const;

type Tree = { [key: string]: string | Tree };

/** `locale`'s catalogue cut down to `namespaces` (dotted paths), keeping their place in the tree. */
export function clientMessages(locale: Locale, namespaces: readonly string[]): Tree {
  const picked: Tree = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let source: string | Tree | undefined = messages[locale];
    for (const key of path) source = typeof source === "object" ? source[key] : undefined;
    if (source === undefined) throw new Error(`No messages under "${namespace}"`);
    let target = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as Tree;
    target[path.at(-1)!] = source;
  }
  return picked;
}
