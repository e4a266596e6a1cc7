/** Preformatted code that may be wider than the page: a named region that keyboard users can scroll. Code reads left
 * to right on every page, Arabic included. */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={label}
      dir="ltr"
      className="max-h-[32rem] overflow-auto rounded border border-line bg-paper-sunken p-3 text-sm leading-relaxed"
    >
      <code>{children}</code>
    </pre>
  );
}
