/** Why a toggle (bookmark, read) did not take: shown beside it, announced as an alert. */
export function ToggleError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span role="alert" className="toggle-error">
      {message}
    </span>
  );
}
