import { useContext } from 'react';
import type { Paper } from '../../../domain/corpus/paper-schema.ts';
import { FeatureSlots } from '../../../components/feature-slots.ts';
import { PaperCard } from '../../../components/paper/paper-card.tsx';
import type { ViewSource } from '../../../lib/view-source.ts';
import type { PickReason as Reason } from '../api/recommend-protocol.ts';
import { PickReason } from './pick-reason.tsx';

/** A recommended paper: the paper card with its rank and why it was picked, and the usual actions. */
export function RecommendedCard({ paper, rank, reason, source }: { paper: Paper; rank: number; reason: Reason; source?: ViewSource }) {
  const { id, title, date, upvotes, authors } = paper;
  const { PaperActions } = useContext(FeatureSlots);
  return (
    <PaperCard
      paper={{ id, title, date, upvotes, authors }}
      rank={rank}
      source={source}
      data={{ 'data-rank': rank, 'data-paper-id': paper.id }}
      actions={PaperActions ? <PaperActions paper={paper} /> : undefined}
    >
      <PickReason reason={reason} />
    </PaperCard>
  );
}
