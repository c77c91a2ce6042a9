import '../settings.css';
import { READ_DELAY_MS, READ_ON_OPEN_CHOICES, setReadOnOpen, useReadOnOpenStore, type ReadOnOpen } from '../../../stores/read-on-open-store.ts';

const LABELS: Record<ReadOnOpen, string> = {
  open: 'When I open it',
  delay: `After ${READ_DELAY_MS / 1000} seconds on its page`,
  manual: 'Only by hand (the Read button, or m)',
};

/** When opening a paper counts as reading it. */
export function ReadOnOpenSetting() {
  const mode = useReadOnOpenStore((s) => s.mode);
  return (
    <fieldset className="settings__choices">
      <legend>Mark a paper read</legend>
      {READ_ON_OPEN_CHOICES.map((choice) => (
        <label key={choice}>
          <input type="radio" name="read-on-open" value={choice} checked={mode === choice} onChange={() => setReadOnOpen(choice)} /> {LABELS[choice]}
        </label>
      ))}
    </fieldset>
  );
}
