/**
 * What a reader follows and what they mute. The same shapes as the database rows
 * (src/db/schema.ts re-uses them), declared here so the domain never imports the database.
 */
export type FollowKind = 'author' | 'org' | 'search';

export interface Follow {
  /** `<kind>:<target>`: following the same thing twice is one follow. */
  id: string;
  kind: FollowKind;
  /** The author's name or the organization's name exactly as stored, or a saved search as its URL query (`q=…&from=…`). */
  target: string;
  /** What the reader sees: the author, the organization's full name, the query. */
  label: string;
  createdAt: number;
  /** Newest paper day shown when the follow was last opened: later days are "new". */
  seenNewestDay?: string;
}

export type MuteKind = 'author' | 'org' | 'word';

export interface Mute {
  /** `<kind>:<value>`, the value as typed for authors and organizations, lower case for words. */
  id: string;
  kind: MuteKind;
  value: string;
  createdAt: number;
}

export const FOLLOW_KINDS: readonly FollowKind[] = ['author', 'org', 'search'];
export const MUTE_KINDS: readonly MuteKind[] = ['author', 'org', 'word'];

export function followId(kind: FollowKind, target: string): string {
  return `${kind}:${target}`;
}

export function muteId(kind: MuteKind, value: string): string {
  return `${kind}:${kind === 'word' ? value.toLowerCase() : value}`;
}

export function makeFollow(kind: FollowKind, target: string, label: string, now: number): Follow {
  return { id: followId(kind, target), kind, target, label, createdAt: now };
}

export function makeMute(kind: MuteKind, value: string, now: number): Mute {
  const trimmed = value.trim();
  return { id: muteId(kind, trimmed), kind, value: kind === 'word' ? trimmed.toLowerCase() : trimmed, createdAt: now };
}
