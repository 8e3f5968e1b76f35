/** the message next to a field, with the id its aria-describedby names; nothing without one */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | null }) {
  return message ? (
    <p className="field-error" id={id}>
      {message}
    </p>
  ) : null;
}
