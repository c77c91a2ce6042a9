import { createContext, type ComponentType } from 'react';
import type { Paper } from '../domain/corpus/paper-schema.ts';
import type { ViewSource } from '../lib/view-source.ts';

export interface RankedListProps {
  papers: readonly Paper[];
  source: ViewSource;
}

/**
 * The list a period view shows for `?sort=for-you`. The feed does not import the recommend
 * feature (features never import each other): the app provides it here.
 */
export const RankedListSlot = createContext<ComponentType<RankedListProps> | undefined>(undefined);
