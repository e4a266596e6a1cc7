/** The confirmation after a console action (the list it redirected to says what was done). */
export function DoneNotice({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div role="status" className="rounded border-l-4 border-success bg-success-light p-4 font-semibold text-ink">
      {message}
    </div>
  );
}
