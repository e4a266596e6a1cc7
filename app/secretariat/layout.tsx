import { ConsoleNav } from "@/components/secretariat/console-nav";

/**
 * The secretariat console's frame: its sub-navigation beside the page. Deliberately NOT an authorization boundary
 * (layouts do not re-render on navigation, and route handlers and server actions never pass through them): every
 * page's reads (lib/data/secretariat), every action's mutation and every route handler checks the user itself.
 */
export default function SecretariatLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[13rem_1fr]">
      <ConsoleNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
