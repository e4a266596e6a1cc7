// Links and the router that keep the visitor's language: use these instead of next/link and next/navigation's
// useRouter/usePathname for the site's own pages (server redirects: lib/i18n/redirect.ts).
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, usePathname, useRouter } = createNavigation(routing);
