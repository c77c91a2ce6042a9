/** A form's outcome: a status line when it went through, an alert when it did not. */
export interface FormMessageValue {
  kind: 'status' | 'alert';
  text: string;
}

export function FormMessage({ message }: { message: FormMessageValue | undefined }) {
  if (!message) return null;
  return (
    <p role={message.kind} className={message.kind === 'alert' ? 'form-error' : 'muted'}>
      {message.text}
    </p>
  );
}
