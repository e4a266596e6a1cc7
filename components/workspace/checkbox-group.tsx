"use client";
// A required group of checkboxes (themes, pillars) under one legend. The first box carries the group's id, so that
// an error summary link lands on the group.
import { FieldGroup } from "@/components/form/field";

type Props = {
  id: string;
  legend: string;
  hint: string;
  name: string;
  options: { id: string; name: string }[];
  checked: string[];
  errors: string[];
};

export function CheckboxGroup({ id, legend, hint, name, options, checked, errors }: Props) {
  return (
    <FieldGroup id={id} legend={legend} marker="required" hint={hint} errors={errors} className="space-y-2">
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option, i) => (
          <li key={option.id}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                name={name}
                value={option.id}
                defaultChecked={checked.includes(option.id)}
                className="mt-1 size-4"
              />
              <span>{option.name}</span>
            </label>
          </li>
        ))}
      </ul>
    </FieldGroup>
  );
}
