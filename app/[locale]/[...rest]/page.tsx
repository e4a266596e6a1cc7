import { notFound } from "next/navigation";

/** An address that is no page: the "not found" page in the visitor's language, inside the site's frame. */
export default function UnknownPage() {
  notFound();
}
