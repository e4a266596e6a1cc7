/** A row's checkbox for a bulk form elsewhere on the page (the `form` attribute), with a label for screen readers. */
export function RowCheckbox({
  form,
  name,
  value,
  label,
}: {
  form: string;
  name: string;
  value: string;
  label: string;
}) {
  const id = `${form}-${value}`;
  return (
    <>
      <input type="checkbox" id={id} form={form} name={name} value={value} className="size-5" />
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
    </>
  );
}
