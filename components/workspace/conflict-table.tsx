"use client";
// After a lost race: each field that differs, with what is stored now and what this person typed. Plain text only.
import type { FieldChange } from "@/lib/domain/workspace-conflict";
import type { Translate } from "@/components/form/messages";

type Props = {
  /** The form's translator; `namespace` is the key prefix of the conflict messages within it. */
  t: Translate;
  namespace: string;
  changes: FieldChange<string>[];
  display?: (field: string, value: string) => string;
};

export function ConflictTable({ t, namespace, changes, display = (_f, v) => v }: Props) {
  if (changes.length === 0) return <p>{t(`${namespace}.noDifference`)}</p>;
  const cell = (field: string, values: string[]) =>
    values.length === 0 ? (
      <span className="italic text-ink-muted">{t(`${namespace}.empty`)}</span>
    ) : values.length === 1 ? (
      <span className="whitespace-pre-line">{display(field, values[0]!)}</span>
    ) : (
      <ul className="list-disc ps-5">
        {values.map((value, i) => (
          <li key={i} className="whitespace-pre-line">
            {display(field, value)}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-paper text-start text-sm" data-testid="conflict-table">
        <thead>
          <tr className="border-b-2 border-line-strong">
            <th scope="col" className="p-2">
              {t(`${namespace}.field`)}
            </th>
            <th scope="col" className="p-2">
              {t(`${namespace}.theirs`)}
            </th>
            <th scope="col" className="p-2">
              {t(`${namespace}.mine`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-semibold">
                {t(`${namespace}.fields.${change.field}`)}
              </th>
              <td className="p-2">{cell(change.field, change.theirs)}</td>
              <td className="p-2">{cell(change.field, change.mine)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
