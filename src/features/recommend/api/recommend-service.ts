import { liveQuery, type Subscription } from 'dexie';
import { onPapersChanged } from '../../../db/papers-changed.ts';
import { readInterestInputs, readPapers, readReadIds, type InterestInputs } from '../../../db/recommend-repo.ts';
import { matrixBytes, type FeatureMatrix } from '../../../domain/recommend/feature-matrix.ts';
import { MIN_POSITIVES } from '../../../domain/recommend/signals.ts';
import { restoreOrBuild, updateFeatures } from './feature-lifecycle.ts';
import { InterestModels } from './interest-models.ts';
import type { RecommendEvent, RecommendQuery, RecommendStatus, SimilarAnswer, RankAnswer } from './recommend-protocol.ts';
import { answerForYou, answerOrder, answerSimilar } from './answers.ts';

/** A burst of presses (or an import's many days) retrains once, this long after the last. */
const TRAIN_DEBOUNCE_MS = 150;
const IMPORT_DEBOUNCE_MS = 1_000;

/**
 * Owns the features and the interest models on one thread (the worker, or the page where
 * workers are unavailable). It reads IndexedDB itself, retrains when bookmarks or signals
 * change in any tab (Dexie's liveQuery), and re-vectorises days an import changed.
 */
export class RecommendService {
  private started = performance.now();
  private models: InterestModels | undefined;
  private inputs: InterestInputs | undefined;
  private titles = new Map<string, string>();
  private status: RecommendStatus = { state: 'starting', papers: 0, version: 0, positives: 0 };
  private ready: Promise<void>;
  private subscription: Subscription | undefined;
  private trainTimer: ReturnType<typeof setTimeout> | undefined;
  private changedDays = new Set<string>();
  private importTimer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: () => void;
  /** Set by dispose: work still on its way (a start, a retrain) ends without touching anything. */
  private disposed = false;

  constructor(private emit: (event: RecommendEvent) => void) {
    this.stopListening = onPapersChanged(({ dates }) => this.papersChanged(dates));
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    try {
      this.publish({ state: 'building' });
      const { matrix, source } = await restoreOrBuild();
      if (this.disposed) return;
      this.status.source = source;
      this.status.readyMs = Math.round(performance.now() - this.started);
      await this.useMatrix(matrix);
      // Disposed meanwhile: a subscription taken now would outlive the service.
      if (this.disposed) return;
      this.subscription = liveQuery(readInterestInputs).subscribe({
        next: (inputs) => {
          this.inputs = inputs;
          clearTimeout(this.trainTimer);
          this.trainTimer = setTimeout(() => void this.retrainOrSay(), TRAIN_DEBOUNCE_MS);
        },
        error: (error: unknown) => this.publish({ state: 'error', message: `Reading bookmarks failed: ${(error as Error).message}` }),
      });
    } catch (error) {
      // A disposed service's work failing (its database closed under it) concerns no one.
      if (this.disposed) return;
      this.publish({ state: 'error', message: `Recommendations are unavailable: ${(error as Error)?.message ?? String(error)}` });
    }
  }

  private async useMatrix(matrix: FeatureMatrix): Promise<void> {
    this.models = new InterestModels(matrix);
    this.status.papers = matrix.ids.length;
    this.status.bytes = matrixBytes(matrix);
    if (this.inputs) await this.retrain();
    else this.publish({ state: 'ready' });
    // The column index for similar papers, soon after ready rather than on the first paper page.
    const models = this.models;
    setTimeout(() => models.columns(), 0);
  }

  /** A retrain from a timer: its failure (reading the saved papers' titles) is shown, not left unhandled. */
  private async retrainOrSay(): Promise<void> {
    try {
      await this.retrain();
    } catch (error) {
      if (!this.disposed) this.publish({ state: 'error', message: `Training on your library failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }

  private async retrain(): Promise<void> {
    const models = this.models;
    const inputs = this.inputs;
    if (!models || !inputs) return;
    const trainScoreMs = models.train(inputs.saved, inputs.signals);
    const missing = [...models.saved].filter((id) => !this.titles.has(id));
    if (missing.length) {
      const papers = await readPapers(missing, (id) => models.matrix.dates[models.rowOf.get(id) ?? -1]);
      for (const [id, paper] of papers) this.titles.set(id, paper.title);
    }
    if (this.disposed) return;
    this.publish({ state: 'ready', positives: models.positives('all'), trainScoreMs: Math.round(trainScoreMs * 10) / 10 });
  }

  private papersChanged(dates: readonly string[]): void {
    dates.forEach((d) => this.changedDays.add(d));
    clearTimeout(this.importTimer);
    this.importTimer = setTimeout(() => void this.applyImport(), IMPORT_DEBOUNCE_MS);
  }

  private async applyImport(): Promise<void> {
    await this.ready;
    if (this.disposed || !this.models || !this.changedDays.size) return;
    const dates = new Set(this.changedDays);
    this.changedDays.clear();
    try {
      await this.useMatrix(await updateFeatures(this.models.matrix, dates));
    } catch (error) {
      if (!this.disposed) console.warn('paperfeed: updating the recommendation features failed', error);
    }
  }

  private publish(change: Partial<RecommendStatus>): void {
    this.status = { ...this.status, ...change, version: this.status.version + 1 };
    this.emit({ type: 'status', status: this.status });
  }

  async answer(query: RecommendQuery): Promise<RankAnswer | SimilarAnswer> {
    await this.ready;
    const models = this.models;
    if (!models) throw new Error(this.status.message ?? 'Recommendations are unavailable.');
    const titleOf = (id: string) => this.titles.get(id);
    if (query.type === 'similar') return answerSimilar(models, query, titleOf);
    if (models.positives(query.interest) < MIN_POSITIVES || !models.scoresOf(query.interest)) {
      return { cold: { positives: models.positives(query.interest), needed: MIN_POSITIVES } };
    }
    if (query.type === 'order') return answerOrder(models, query, titleOf);
    return answerForYou(models, query, titleOf, await readReadIds());
  }

  dispose(): void {
    this.disposed = true;
    this.subscription?.unsubscribe();
    this.stopListening();
    clearTimeout(this.trainTimer);
    clearTimeout(this.importTimer);
  }
}

