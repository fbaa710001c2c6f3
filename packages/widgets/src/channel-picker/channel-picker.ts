import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Channel, ChannelDirectory, StatusPeriod } from '@ventanilla/protocol';
import { announce } from '../core/announcer.ts';
import { ApiReader } from '../core/api-reader.ts';
import { VentanillaElement } from '../core/base-element.ts';
import { channelLink } from '../core/channel-link.ts';
import { isOffline } from '../core/connection.ts';
import { frozenClock, systemClock, type Clock } from '../core/clock.ts';
import { DEV, devWarn } from '../core/dev.ts';
import { heading, headingLevel } from '../core/heading.ts';
import { LocalizeController } from '../core/localize.ts';
import { ResourceController } from '../core/resource.ts';
import { isChannelDirectory } from '../core/response-shapes/channels.ts';
import { renderUnavailable } from '../core/unavailable.ts';
import { ChannelSelectEvent } from './channel-select-event.ts';
import { channelPickerStyles } from './channel-picker.styles.ts';
import { channelIcon } from './icons.ts';
import { statusText, type StatusTextContext } from './status-text.ts';
import { StatusTimer } from './status-timer.ts';
import type { HoursStringKey } from './hours-strings.ts';
import { channelPickerStrings } from './strings.ts';
import { clocksDiffer, dayIn, nextMidnightIn } from '@ventanilla/protocol/wall-clock';

/** The weekly tables' module, loaded when a citizen first opens a channel's hours. */
let hoursTable: typeof import('./hours-table.ts') | undefined;
/** Every picker adopts this sheet; the tables' styles fill it when their module arrives. */
const hoursTableSheet = new CSSStyleSheet();
const WEB_LINK = /^https?:/i;
/** Fresh timelines are asked for this long before the current ones end, so no status blinks out. */
const REFRESH_AHEAD = 60_000;
/** Asked for again at most this often while they do not arrive (the backend down, say). */
const REFRESH_RETRY = 60_000;

/**
 * The period of the channel's timeline that `now` falls in (the first one if the clock is behind
 * the server's); none past the timeline's end, where the element does not guess.
 */
function periodAt(channel: Channel, directory: ChannelDirectory, now: number): StatusPeriod | undefined {
  if (now >= Date.parse(directory.until)) return undefined;
  let current = channel.timeline[0]!;
  for (const period of channel.timeline) if (Date.parse(period.from) <= now) current = period;
  return current;
}

/**
 * The directory of ways to reach the body — phone, email, chat, offices… — each with how to use
 * it, whether it is open now and when that changes (in the citizen's time zone), its weekly
 * hours, and coming holidays and closures.
 *
 * @tagname vn-channel-picker
 * @summary Ways to contact the body, with live opening status and hours.
 *
 * @slot - Fallback content (a phone number, a link), shown before the element loads, while it
 *   loads, and when the backend cannot be reached.
 *
 * @csspart base - The element's box.
 * @csspart heading - The element's heading.
 * @csspart list - The list of channels.
 * @csspart channel - One channel.
 * @csspart icon - A channel's icon.
 * @csspart channel-name - A channel's name (a heading one level below the element's).
 * @csspart status - The "open now / closed" line.
 * @csspart notice - The reason of a temporary closure.
 * @csspart contact-link - The link that starts a channel (call, write, open).
 * @csspart address - An office's address.
 * @csspart map-link - The link to an office's map.
 * @csspart description - How to use a channel.
 * @csspart response-time - The usual time to an answer.
 * @csspart hours - The collapsible weekly hours (a `details` element).
 * @csspart hours-table - The weekly hours table.
 * @csspart hours-unavailable - Said under the summary when the weekly hours could not be loaded (offline).
 * @csspart upcoming - Coming holidays and closures.
 * @csspart empty - The message shown when there are no channels.
 * @csspart unavailable - The message and retry button shown when the backend fails.
 * @csspart unavailable-message - The message itself.
 * @csspart retry - The retry button.
 * @csspart fallback - The box around the fallback content.
 *
 * @cssproperty [--vn-channel-picker-background=var(--vn-color-background, #ffffff)] - Background of the element.
 * @cssproperty [--vn-channel-picker-card-background=var(--vn-color-surface, #f3f4f6)] - Background of each channel.
 * @cssproperty [--vn-channel-picker-border-color=var(--vn-color-border, #767480)] - Borders of channels and table rows.
 * @cssproperty [--vn-channel-picker-open-color=var(--vn-color-success, #146c2e)] - The "open" status colour.
 * @cssproperty [--vn-channel-picker-closed-color=var(--vn-color-danger, #b3261e)] - The "closed" status colour.
 * @cssproperty [--vn-channel-picker-gap=var(--vn-space, 1rem)] - Space between and inside channels.
 * @cssproperty [--vn-channel-picker-radius=var(--vn-radius, 0.5rem)] - Corner radius.
 *
 * @fires {ChannelSelectEvent} vn-channel-select - A citizen activated a channel's link; `detail` is `{ channel, href }`. Cancelable: `preventDefault()` stops the link.
 */
export class ChannelPicker extends VentanillaElement {
  static override styles = [VentanillaElement.styles, channelPickerStyles, hoursTableSheet];

  static override properties: PropertyDeclarations = {
    channels: {},
    compact: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    at: {},
    timeZone: { attribute: 'time-zone' },
    clock: { attribute: false },
  };

  /** Which channels to show, by id or kind, separated by commas (`phone,oficina-plaza-mayor`); all when empty. */
  declare channels: string | undefined;
  /** A denser layout: one line per channel, without descriptions. */
  declare compact: boolean;
  /** The level of the element's own heading (1–6, default 2); channel names are one level below. */
  declare headingLevel: string | number | undefined;
  /** Shows the status as of this ISO instant and stops the clock (previews, the gallery, tests). */
  declare at: string | undefined;
  /** The IANA time zone to show times in; the citizen's (the browser's) by default. */
  declare timeZone: string | undefined;
  /** The clock the status follows (tests drive it by hand); the system clock by default. */
  declare clock: Clock | undefined;

  readonly #localize = new LocalizeController(this, channelPickerStrings);
  /** The weekly tables' strings, once their module has arrived. */
  #hoursLocalize: LocalizeController<HoursStringKey> | undefined;
  /** The weekly tables' chunk could not be fetched (offline): said under the open summaries. */
  #hoursFailed = false;
  /** Counts the clocks given to `clock`: a new one asks for timelines from its own now. */
  #clockGeneration = 0;
  /** When fresh timelines were last asked for (the real clock: it paces requests). */
  #refreshedAt = 0;
  readonly #directory = new ResourceController<ChannelDirectory>(this, {
    key: () => [this.config.endpoint, this.config.site, this.#localize.contentLang, this.at, this.clock && this.#clockGeneration],
    // Without an endpoint the client fails with a no-endpoint error (the fallback, no retry).
    load: (signal) => {
      // The server computes timelines from now; a frozen or driven clock asks for its own now.
      const own = this.at || this.clock ? new Date(this.#effectiveClock().now()).toISOString() : undefined;
      return this.config.api(ApiReader).get('/v1/channels', { query: { lang: this.#localize.contentLang, site: this.config.site, at: own }, signal, validate: isChannelDirectory });
    },
  });

  constructor() {
    super();
    this.compact = false;
    new StatusTimer(this, { clock: () => this.#effectiveClock(), next: () => this.#nextChange() });
  }

  readonly #onRetry = this.guard(async () => {
    void this.#directory.reload();
    await this.settled();
    if (this.#directory.state.status === 'ready') {
      const count = this.#visibleChannels().length;
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
      announce(this.#localize.t('loaded', { count }));
    } else {
      announce(this.#localize.t('unavailableChannels'));
    }
  }, 'retry');

  readonly #onLinkClick = this.guard((event: Event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const channel = this.#directory.value?.channels.find((each) => each.id === link.dataset.channel);
    if (!channel) return;
    const proceed = this.dispatchEvent(new ChannelSelectEvent({ channel, href: link.href }));
    if (!proceed) event.preventDefault();
  }, 'vn-channel-select');

  readonly #onHoursToggle = this.guard((event: Event) => {
    if (hoursTable || !(event.currentTarget as HTMLDetailsElement).open) return;
    // A failed load (offline) says so under the summary; the next opening tries again.
    this.trackWork(
      import('./hours-table.ts').then(
        (module) => {
          hoursTableSheet.replaceSync(module.hoursTableStyles.cssText);
          hoursTable = module;
          this.#hoursFailed = false;
          this.requestUpdate();
        },
        () => {
          this.#hoursFailed = true;
          this.requestUpdate();
          // Said under the summary, where focus is not: screen readers hear it now.
          announce(this.#localize.t('hoursUnavailable'));
        },
      ),
    );
  }, 'hours');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clock')) this.#clockGeneration++;
    if (DEV && changed.has('at') && this.at && Number.isNaN(Date.parse(this.at))) {
      devWarn(`vn-channel-picker:at:${this.at}`, `<vn-channel-picker> at="${this.at}" is not an ISO instant; the real clock is used.`);
    }
  }

  protected override render(): TemplateResult {
    const state = this.#directory.state;
    const level = headingLevel(this.headingLevel);
    if (state.status === 'idle' || state.status === 'loading') {
      // With fallback content, keep showing exactly it (same box, same fonts): no layout shift.
      if (this.#hasFallback()) return html`<slot></slot>`;
      return this.#frame(
        level,
        html`<div part="loading" class="skeleton" role="status">
          <span class="visually-hidden">${this.#localize.t('loadingChannels')}</span>
          <span></span><span></span>
        </div>`,
      );
    }
    if (state.status === 'error') {
      return this.#frame(
        level,
        renderUnavailable({
          error: state.error,
          message: this.#localize.t('unavailableChannels'),
          offlineMessage: this.#localize.t('offlineChannels'),
          retryLabel: this.#localize.t('retry'),
          onRetry: this.#onRetry,
        }),
      );
    }
    const directory = state.value;
    // Near the end of the timelines (a page left open for days): fetch fresh ones, showing these
    // meanwhile; at most once a minute, should they fail or end as soon as they come (a clock
    // days ahead of the server's).
    if (this.#effectiveClock().now() >= Date.parse(directory.until) - REFRESH_AHEAD && Date.now() - this.#refreshedAt >= REFRESH_RETRY) {
      this.#refreshedAt = Date.now();
      this.#directory.refresh();
    }
    const channels = this.#visibleChannels();
    if (channels.length === 0) {
      return this.#frame(level, html`<p part="empty">${this.#localize.t('empty')}</p><div part="fallback"><slot></slot></div>`);
    }
    const context = this.#statusContext(directory);
    return this.#frame(
      level,
      html`<ul part="list" aria-labelledby="heading">
        ${channels.map((channel) => this.#renderChannel(channel, directory, context, level + 1))}
      </ul>`,
    );
  }

  #frame(level: number, content: TemplateResult): TemplateResult {
    return html`<div part="base" class=${this.compact ? 'compact' : ''} lang=${this.#localize.lang} dir=${this.#localize.dir ?? nothing}>
      ${heading(level, this.#localize.t('title'), { part: 'heading', id: 'heading', focusable: true })} ${content}
    </div>`;
  }

  #renderChannel(channel: Channel, directory: ChannelDirectory, context: StatusTextContext, level: number): TemplateResult {
    const period = periodAt(channel, directory, context.now);
    const text = period && statusText(period, context);
    return html`<li part="channel" class=${!period ? '' : period.open ? 'open' : 'closed'}>
      <div class="channel-head">${channelIcon(channel.kind)} ${heading(level, channel.name, { part: 'channel-name' })}</div>
      ${text
        ? html`<p part="status">
            <span class="dot" aria-hidden="true"></span><span class="status-label">${text.label}</span>${text.when
              ? html`<span class="separator" aria-hidden="true"> · </span><span>${text.when}</span>`
              : nothing}
          </p>`
        : nothing}
      ${period?.closure ? html`<p part="notice">${period.closure}</p>` : nothing}
      ${this.#renderContact(channel)}
      ${!this.compact && channel.description ? html`<p part="description">${channel.description}</p>` : nothing}
      ${!this.compact ? this.#renderResponseTime(channel) : nothing} ${this.#renderHours(channel, directory, context)}
    </li>`;
  }

  #renderContact(channel: Channel): TemplateResult | typeof nothing {
    const t = this.#localize.t.bind(this.#localize);
    if (channel.address) {
      const { street, postalCode, locality, mapUrl } = channel.address;
      return html`<address part="address" class="contact">
        ${street}<br />${postalCode} ${locality}
        ${mapUrl && WEB_LINK.test(mapUrl)
          ? html`<br /><a part="map-link" href=${mapUrl} data-channel=${channel.id} @click=${this.#onLinkClick}
                >${t('map')}<span class="visually-hidden">: ${channel.name}</span></a
              >`
          : nothing}
      </address>`;
    }
    const link = channelLink(channel);
    if (!link) return nothing;
    const { href, contact } = link;
    const named = { contact: channel.hrefLabel ?? channel.name };
    const is = (kind: Channel['kind'], scheme: string) => channel.kind === kind || href.toLowerCase().startsWith(scheme);
    const label = is('phone', 'tel:')
      ? t('call', { contact })
      : is('email', 'mailto:')
        ? t('write', { contact })
        : is('sms', 'sms:')
          ? t('sms', { contact })
          : channel.kind === 'whatsapp'
            ? t('whatsapp', named)
            : channel.kind === 'video' && !channel.hrefLabel
              ? t('videoCall')
              : t('openLink', named);
    return html`<p class="contact">
      <a part="contact-link" href=${href} data-channel=${channel.id} @click=${this.#onLinkClick}>${label}</a>
    </p>`;
  }

  #renderResponseTime(channel: Channel): TemplateResult | typeof nothing {
    const measured = channel.responseTime;
    if (!measured || measured.sample === 0) return nothing;
    const seconds = measured.medianSeconds;
    const [value, unit] =
      seconds < 3600 ? [Math.max(1, Math.round(seconds / 60)), 'minute'] : seconds < 172_800 ? [Math.round(seconds / 3600), 'hour'] : [Math.round(seconds / 86_400), 'day'];
    const duration = this.#localize.numberFormat({ style: 'unit', unit, unitDisplay: 'long' }).format(value);
    return html`<p part="response-time">${this.#localize.t('responseTime', { duration })}</p>`;
  }

  #renderHours(channel: Channel, directory: ChannelDirectory, context: StatusTextContext): TemplateResult | typeof nothing {
    if (channel.schedule.alwaysOpen || channel.schedule.weekly.length === 0) return nothing;
    return html`<details part="hours" @toggle=${this.#onHoursToggle}>
      <summary>${this.#localize.t('hours')}<span class="visually-hidden">: ${channel.name}</span></summary>
      ${hoursTable
        ? hoursTable.renderHoursTable({
            channel,
            directory,
            localize: (this.#hoursLocalize ??= new LocalizeController(this, hoursTable.hoursStrings)),
            now: context.now,
            bodyDay: dayIn(directory.timeZone, context.now),
            displayZone: context.displayZone,
            otherZone: clocksDiffer(context.displayZone, directory.timeZone, context.now),
          })
        : this.#hoursFailed
          ? html`<p part="hours-unavailable">${this.#localize.t('hoursUnavailable')}</p>`
          : nothing}
    </details>`;
  }

  #statusContext(directory: ChannelDirectory): StatusTextContext {
    return {
      localize: this.#localize,
      now: this.#effectiveClock().now(),
      displayZone: this.#displayZone(),
      bodyZone: directory.timeZone,
    };
  }

  #displayZone(): string {
    return this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  #effectiveClock(): Clock {
    const frozen = this.at ? Date.parse(this.at) : NaN;
    return Number.isNaN(frozen) ? (this.clock ?? systemClock) : frozenClock(frozen);
  }

  /** The earliest instant when a shown status (or its "today/tomorrow" wording) changes. */
  #nextChange(): number | null {
    const directory = this.#directory.value;
    if (!directory) return null;
    const now = this.#effectiveClock().now();
    const refreshAt = Date.parse(directory.until) - REFRESH_AHEAD;
    // Fresh timelines were asked for and have not come: ask again in a while, or, offline, when
    // the connection is back (the resource listens for it).
    if (now >= refreshAt) return isOffline() ? null : now + REFRESH_RETRY;
    let next = Math.min(refreshAt, nextMidnightIn(this.#displayZone(), now));
    // The wording changes at midnight too ("mañana" becomes "hoy").
    for (const channel of this.#visibleChannels()) {
      for (const period of channel.timeline) {
        const from = Date.parse(period.from);
        if (from > now) {
          next = Math.min(next, from);
          break;
        }
      }
    }
    return next;
  }

  #visibleChannels(): Channel[] {
    const all = this.#directory.value?.channels ?? [];
    const wanted = (this.channels ?? '').split(/[\s,]+/).filter(Boolean);
    return wanted.length ? all.filter((channel) => wanted.includes(channel.id) || wanted.includes(channel.kind)) : all;
  }

  /** Whether the tag has content of its own (elements, or text that is not blank). */
  #hasFallback(): boolean {
    return this.childElementCount > 0 || Boolean(this.textContent?.trim());
  }
}
