// "Was this helpful?" under an article: yes is sent at once; no first asks why (optionally).
// Each answer gets its own idempotency key, kept with the exact body, so a retry (automatic or
// the reader's) can only ever store the answer once. Focus follows each answer to what it shows.
import { html, nothing, type TemplateResult } from 'lit';
import type { ArticleFeedbackInput } from '@ventanilla/protocol';
import { ApiError, idempotencyKey, NetworkError } from '../core/api-client.ts';
import type { ControllerHost } from '../core/controller-host.ts';
import type { FocusController } from '../core/focus.ts';
import type { Translate } from './strings.ts';

export type FeedbackStatus = 'asking' | 'why' | 'sending' | 'done' | 'failed';
/** What a control of the view answers (its `data-answer`). */
export type FeedbackAnswer = 'yes' | 'no' | 'why' | 'retry';

export interface FeedbackState {
  status: FeedbackStatus;
  /** The answer being sent or stored, with its key: a retry resends exactly this. */
  answer?: { key: string; body: ArticleFeedbackInput };
  error?: ApiError;
}

export interface FeedbackOptions {
  send: (articleId: string, body: ArticleFeedbackInput, key: string) => Promise<unknown>;
  /** The server stored the answer. */
  stored: (articleId: string, helpful: boolean) => void;
  /** The language of the reader, stored with the answer. */
  lang: () => ArticleFeedbackInput['lang'];
}

export class ArticleFeedback {
  /** One answer per article for as long as the page is open. */
  private readonly states = new Map<string, FeedbackState>();

  constructor(
    private readonly host: ControllerHost,
    private readonly options: FeedbackOptions,
    private readonly focus: FocusController,
  ) {}

  state(articleId: string): FeedbackState {
    return this.states.get(articleId) ?? { status: 'asking' };
  }

  /**
   * A control's answer about `articleId`, unless one is being sent; focus then goes to what
   * follows (the comment box after "no", else the thanks or the retry button).
   */
  async answer(articleId: string, kind: FeedbackAnswer, comment: string): Promise<void> {
    if (this.state(articleId).status === 'sending') return;
    await this[kind](articleId, comment);
    await this.focus.focusAfterUpdate(kind === 'no' ? '#comment' : '[part~="feedback-thanks"], [part~="feedback-retry"]');
  }

  /** "Yes": sent straight away. */
  yes(articleId: string): Promise<void> {
    return this.submit(articleId, { helpful: true, lang: this.options.lang() });
  }

  /** "No": the reader may say why before sending. */
  no(articleId: string): void {
    this.set(articleId, { status: 'why' });
  }

  /** Sends "no" with the reader's comment (empty means none). */
  why(articleId: string, comment: string): Promise<void> {
    const text = comment.trim().slice(0, 1000);
    return this.submit(articleId, { helpful: false, lang: this.options.lang(), ...(text ? { comment: text } : {}) });
  }

  /** Sends the failed answer again, with the same key and body. */
  retry(articleId: string): Promise<void> {
    const answer = this.state(articleId).answer;
    return answer ? this.deliver(articleId, answer) : Promise.resolve();
  }

  private submit(articleId: string, body: ArticleFeedbackInput): Promise<void> {
    const current = this.state(articleId);
    if (current.status === 'sending' || current.status === 'done') return Promise.resolve();
    return this.deliver(articleId, { key: idempotencyKey(), body });
  }

  private deliver(articleId: string, answer: NonNullable<FeedbackState['answer']>): Promise<void> {
    this.set(articleId, { status: 'sending', answer });
    const work = this.options.send(articleId, answer.body, answer.key).then(
      () => {
        this.set(articleId, { status: 'done', answer });
        this.options.stored(articleId, answer.body.helpful);
      },
      (error: unknown) => {
        const failure = error instanceof ApiError ? error : new NetworkError(String(error), { cause: error });
        this.set(articleId, { status: 'failed', answer, error: failure });
      },
    );
    this.host.trackWork?.(work);
    return work;
  }

  private set(articleId: string, state: FeedbackState): void {
    this.states.set(articleId, state);
    this.host.requestUpdate();
  }
}

export interface FeedbackView {
  state: FeedbackState;
  t: Translate;
  /** Handles each answer: the yes, no and retry buttons and the comment form name theirs in `data-answer`. */
  onAnswer: (event: Event) => void;
}

/** The question, the reader's options in each state, and the outcome. */
export function renderFeedback({ state, t, onAnswer }: FeedbackView): TemplateResult {
  const helpful = state.answer?.body.helpful;
  const sending = state.status === 'sending';
  let content: TemplateResult;
  if (state.status === 'done') {
    content = html`<p part="feedback-thanks" class="thanks" tabindex="-1">${t(helpful ? 'thanksYes' : 'thanksNo')}</p>`;
  } else if (state.status === 'failed') {
    content = html`<p part="feedback-error" id="feedback-error" class="problem">
        ${t(state.error?.kind === 'offline' ? 'feedbackOffline' : 'feedbackFailed')}
      </p>
      <button part="retry feedback-retry" class="secondary" type="button" aria-describedby="feedback-error" data-answer="retry" @click=${onAnswer}>
        ${t('retry')}
      </button>`;
  } else if (state.status === 'why' || (sending && helpful === false)) {
    content = html`<form part="feedback-form" class="why" data-answer="why" @submit=${onAnswer}>
      <label for="comment">${t('whyLabel')}</label>
      <p part="privacy-warning" id="privacy" class="hint">${t('privacyWarning')}</p>
      <textarea part="comment" id="comment" name="comment" rows="3" maxlength="1000" aria-describedby="privacy"
        ?readonly=${sending}></textarea>
      <div class="actions">
        <button part="feedback-send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>${t('send')}</button>
        ${sending ? html`<span class="sending">${t('sending')}</span>` : nothing}
      </div>
    </form>`;
  } else {
    content = html`<div class="choices" role="group" aria-labelledby="feedback-question">
      <button part="feedback-button" class="secondary" type="button" data-answer="yes" aria-disabled=${sending ? 'true' : 'false'} @click=${onAnswer}>
        ${t('yes')}
      </button>
      <button part="feedback-button" class="secondary" type="button" data-answer="no" aria-disabled=${sending ? 'true' : 'false'} @click=${onAnswer}>
        ${t('no')}
      </button>
      ${sending ? html`<span class="sending">${t('sending')}</span>` : nothing}
    </div>`;
  }
  return html`<div part="feedback" class="feedback">
    <p part="feedback-question" id="feedback-question" class="question">${t('helpfulQuestion')}</p>
    ${content}
  </div>`;
}
