import type { ReactNode } from "react";

/**
 * Embedded charts sit in someone else's page: the site's header, navigation and footer are hidden here (the demo
 * banner stays, so demonstration data is never shown as real). The root layout still renders them, because a route
 * cannot leave the root layout without moving every other page into a route group; this stylesheet is the small
 * price of not doing that.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <style>{`body > header, body > footer, body > a[href="#main"] { display: none; }
body > main { max-width: none; padding: 0.75rem 1rem; }`}</style>
      {children}
    </>
  );
}
