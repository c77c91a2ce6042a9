import { useEffect, useState } from 'react';
import { getRecommendClient } from '../api/recommend-client.ts';
import type { RankAnswer, RecommendQuery, RecommendStatus, SimilarAnswer } from '../api/recommend-protocol.ts';
import { useRecommendStatusStore } from '../stores/recommend-status-store.ts';

export interface Recommendation<A> {
  answer: A | undefined;
  error: string | undefined;
  status: RecommendStatus;
}

/**
 * Asks the worker `query` (by its JSON), and again whenever the worker's status changes (a
 * retrain, new features). The previous answer stays on screen while the next is computed.
 */
export function useRecommendation<Q extends RecommendQuery>(query: Q | undefined): Recommendation<Q extends { type: 'similar' } ? SimilarAnswer : RankAnswer> {
  type A = Q extends { type: 'similar' } ? SimilarAnswer : RankAnswer;
  const status = useRecommendStatusStore((s) => s.status);
  const [answer, setAnswer] = useState<{ key: string; answer: A }>();
  const [error, setError] = useState<string>();
  const key = query ? JSON.stringify(query) : '';
  const ready = status.state === 'ready';
  useEffect(() => {
    if (!query) return;
    // Starts the worker on first use; answers wait for it to be ready.
    const client = getRecommendClient();
    if (!ready) return;
    let cancelled = false;
    client.request(query).then(
      (next) => {
        if (cancelled) return;
        setError(undefined);
        setAnswer({ key, answer: next as A });
      },
      (failure: Error) => !cancelled && setError(failure.message),
    );
    return () => {
      cancelled = true;
    };
    // `query` is captured through `key`, its JSON.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ready, status.version]);
  return { answer: answer?.key === key ? answer.answer : undefined, error: status.state === 'error' ? status.message : error, status };
}
