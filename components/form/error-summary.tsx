"use client";
// Every problem of a refused submission, each a link to the field it is about (the GOV.UK error summary): above the
// form, focused after the submission, so the person hears how many problems there are and can go to each.
import { FormAlert } from "./form-alert";

export type SummaryItem = {
  text: string;
  /** The field's input, as "#id"; none for a problem of the whole form. */ href?: string;
};

type Props = { submission: number; title: string; items: SummaryItem[]; compact?: boolean };

export function ErrorSummary({ submission, title, items, compact }: Props) {
  return (
    <FormAlert submission={submission} title={title} compact={compact}>
      <ul className="list-disc space-y-1 ps-5">
        {items.map((item, index) => (
          <li key={`${item.href ?? ""}-${index}`}>
            {item.href ? (
              <a href={item.href} className="font-semibold text-danger underline">
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </FormAlert>
  );
}

/**
 * The summary's items from a state's field errors: `describe` says how the errors of one field read and where they
 * link; fields named in `order` come first, in that order, the others after them as they came.
 */
export function summaryItems(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  describe: (path: string, codes: string[]) => SummaryItem[],
  order: readonly string[] = [],
): SummaryItem[] {
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return Object.entries(fieldErrors ?? {})
    .map(([path, codes], index) => ({ path, codes: codes ?? [], index }))
    .filter(({ codes }) => codes.length > 0)
    .sort((a, b) => rank(a.path) - rank(b.path) || a.index - b.index)
    .flatMap(({ path, codes }) => describe(path, codes));
}
