import { FollowButton } from './follow-button.tsx';
import { MuteButton } from './mute-button.tsx';

/** Follow and Mute on an author's or organization's page. */
export function FollowControls({ kind, name, label }: { kind: 'author' | 'org'; name: string; label: string }) {
  return (
    <>
      <FollowButton kind={kind} target={name} label={label} />
      <MuteButton kind={kind} value={name} label={label} />
    </>
  );
}
