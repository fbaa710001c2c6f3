// Search as the citizen types: waits for a pause in typing, cancels the request a newer one
// replaces, and keeps the last results on screen while the next ones load or when they fail.
import type { ReactiveController } from 'lit';
import type { SearchHit, SearchResults } from '@ventanilla/protocol';
import { ApiError } from '../core/api-errors.ts';
import type { ElementHost } from '../core/controller-host.ts';
import { LatestRequest } from './latest-request.ts';

/** The pause in typing after which a search starts. */
const SEARCH_DELAY_MS = 250;
/** The contract's longest query. */
export const MAX_QUERY_LENGTH = 200;

/** Who handles what the query is about, when the site refers it elsewhere (then `hits` is empty). */
export type Referral = NonNullable<SearchResults['referral']>;

export interface SearchAnswer {
  hits: SearchHit[];
  referral?: Referral | undefined;
}

export interface ShownResults extends SearchAnswer {
  query: string;
}

export interface SearchRun {
  query: string;
  /** True when the citizen asked for it (Enter, the search button), not just paused typing. */
  final: boolean;
  signal: AbortSignal;
}

export interface SearchControllerOptions {
  run: (search: SearchRun) => Promise<SearchAnswer>;
  /** A search finished and its results are the ones shown. */
  done: (results: ShownResults) => void;
  failed: (error: ApiError) => void;
  /** A bug (not a failed request): the element contains it. */
  crashed: (error: unknown) => void;
}

export class SearchController implements ReactiveController {
  /** What is in the box. */
  text = '';
  /** The results on screen: those of the last search that finished. */
  results: ShownResults | undefined;
  error: ApiError | undefined;
  /** A search is waiting for the typing pause or for its answer. */
  busy = false;
  private readonly latest = new LatestRequest();
  private pending: { timer: ReturnType<typeof setTimeout>; release: () => void } | undefined;

  constructor(
    private readonly host: ElementHost,
    private readonly options: SearchControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the page: the search the disconnect cancelled starts again.
    if (this.host.hasUpdated && this.query && !this.results) void this.now(false);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  get query(): string {
    return this.text.trim().slice(0, MAX_QUERY_LENGTH);
  }

  /** The box changed: search after the typing pause, or clear everything when it is empty. */
  input(text: string): void {
    this.text = text;
    this.stopWaiting();
    if (!this.query) {
      this.cancel();
      this.results = undefined;
      this.error = undefined;
    } else {
      this.busy = true;
      let release!: () => void;
      const waiting = new Promise<void>((resolve) => (release = resolve));
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.start(false);
        release();
      }, SEARCH_DELAY_MS);
      this.pending = { timer, release };
      this.host.trackWork?.(waiting);
    }
    this.host.requestUpdate();
  }

  /** Searches now (Enter, the search button, a retry, a changed language or topic). */
  now(final: boolean): Promise<void> {
    this.stopWaiting();
    return this.query ? this.start(final) : Promise.resolve();
  }

  /** Forgets the request in flight and the typing pause; the results shown stay. */
  cancel(): void {
    this.stopWaiting();
    this.latest.cancel();
    this.busy = false;
  }

  private stopWaiting(): void {
    if (!this.pending) return;
    clearTimeout(this.pending.timer);
    this.pending.release();
    this.pending = undefined;
  }

  private start(final: boolean): Promise<void> {
    const ticket = this.latest.start();
    const query = this.query;
    this.busy = true;
    this.host.requestUpdate();
    const work = this.options.run({ query, final, signal: ticket.signal }).then(
      ({ hits, referral }) => {
        if (!ticket.isCurrent()) return;
        this.results = { query, hits, referral };
        this.error = undefined;
        this.busy = false;
        this.host.requestUpdate();
        this.options.done(this.results);
      },
      (error: unknown) => {
        if (!ticket.isCurrent()) return;
        this.busy = false;
        this.host.requestUpdate();
        if (!(error instanceof ApiError)) return this.options.crashed(error);
        if (error.kind === 'aborted') return;
        this.error = error;
        this.options.failed(error);
      },
    );
    this.host.trackWork?.(work);
    return work;
  }
}
