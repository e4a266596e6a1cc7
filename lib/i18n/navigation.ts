// Links, redirects and the router that keep the visitor's language: use these instead of next/link and
// next/navigation's redirect/useRouter/usePathname for the site's own pages.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
