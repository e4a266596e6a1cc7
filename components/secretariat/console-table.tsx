import type { ReactNode } from "react";
import { TABLE_CLASS } from "./styles";

type Column = { label: string; numeric?: boolean };

/**
 * The console's list table: a caption for screen readers, column headers, the rows given as children, and
 * horizontal scrolling on narrow screens (the scrolling box is a named, focusable region, so it can be scrolled from
 * the keyboard). With `empty` set (the list has nothing to show), that sentence instead.
 */
export function ConsoleTable({
  caption,
  columns,
  empty = null,
  children,
}: {
  caption: string;
  columns: Column[];
  empty?: string | null;
  children: ReactNode;
}) {
  if (empty !== null) return <p>{empty}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className={TABLE_CLASS}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className={column.numeric ? "text-end" : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
