import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Channel, ChannelDirectory } from '@ventanilla/protocol';
import { nextChange, openingStatus, weeklyTable, type OpeningContext } from '@ventanilla/protocol/opening-hours';
import { announce } from '../core/announcer.ts';
import { ApiClient, NoEndpointError } from '../core/api-client.ts';
import { VentanillaElement } from '../core/base-element.ts';
import { frozenClock, systemClock, type Clock } from '../core/clock.ts';
import { devWarn } from '../core/dev.ts';
import { heading, headingLevel } from '../core/heading.ts';
import { LocalizeController } from '../core/localize.ts';
import { ResourceController } from '../core/resource.ts';
import { renderUnavailable } from '../core/unavailable.ts';
import { ChannelSelectEvent } from './channel-select-event.ts';
import { channelPickerStyles } from './channel-picker.styles.ts';
import { channelIcon } from './icons.ts';
import { statusText, calendarDays, zoneOffset, type StatusTextContext } from './status-text.ts';
import { StatusTimer } from './status-timer.ts';
import { channelPickerStrings } from './strings.ts';

/** How far ahead holidays and closures are listed under a channel's hours. */
const UPCOMING_DAYS = 30;
const SAFE_LINK = /^(tel:|mailto:|https:|http:|sms:)/i;
const WEB_LINK = /^https?:/i;

function isDirectory(body: unknown): body is ChannelDirectory {
  const value = body as Partial<ChannelDirectory> | null;
  return Boolean(
    value &&
      typeof value.timeZone === 'string' &&
      Array.isArray(value.channels) &&
      Array.isArray(value.holidays) &&
      Array.isArray(value.closures) &&
      value.channels.every((channel) => channel && typeof channel.id === 'string' && typeof channel.name === 'string' && channel.schedule && Array.isArray(channel.schedule.weekly)),
  );
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
  static override styles = [VentanillaElement.styles, channelPickerStyles];

  static override properties: PropertyDeclarations = {
    channels: { type: String },
    compact: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    at: { type: String },
    timeZone: { type: String, attribute: 'time-zone' },
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

  private readonly localize = new LocalizeController(this, channelPickerStrings);
  private readonly directory = new ResourceController<ChannelDirectory>(this, {
    key: () => [this.config.endpoint, this.config.site, this.contentLang()],
    load: (signal) => {
      const endpoint = this.config.endpoint;
      if (!endpoint) return Promise.reject(new NoEndpointError('No endpoint is configured.'));
      const query = { lang: this.contentLang(), ...(this.config.site ? { site: this.config.site } : {}) };
      return new ApiClient({ endpoint }).get('/v1/channels', { query, signal, validate: isDirectory });
    },
  });

  constructor() {
    super();
    this.compact = false;
    new StatusTimer(this, { clock: () => this.effectiveClock(), next: () => this.nextChange() });
  }

  private readonly onRetry = this.guard(async () => {
    void this.directory.reload();
    await this.settled();
    if (this.directory.state.status === 'ready') {
      const count = this.visibleChannels().length;
      this.renderRoot.querySelector<HTMLElement>('[part~="heading"]')?.focus();
      announce(this.localize.t('loaded', { count }));
    } else {
      announce(this.localize.t('unavailableChannels'));
    }
  }, 'retry');

  private readonly onLinkClick = this.guard((event: Event) => {
    const link = event.currentTarget as HTMLAnchorElement;
    const channel = this.directory.value?.channels.find((each) => each.id === link.dataset.channel);
    if (!channel) return;
    const proceed = this.dispatchEvent(new ChannelSelectEvent({ channel, href: link.href }));
    if (!proceed) event.preventDefault();
  }, 'vn-channel-select');

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('at') && this.at && Number.isNaN(Date.parse(this.at))) {
      devWarn(`vn-channel-picker:at:${this.at}`, `<vn-channel-picker> at="${this.at}" is not an ISO instant; the real clock is used.`);
    }
  }

  protected override render(): TemplateResult {
    const state = this.directory.state;
    const level = headingLevel(this.headingLevel);
    if (state.status === 'idle' || state.status === 'loading') {
      // With fallback content, keep showing exactly it (same box, same fonts): no layout shift.
      if (this.hasFallback()) return html`<slot></slot>`;
      return this.frame(
        level,
        html`<div part="loading" class="skeleton" role="status">
          <span class="visually-hidden">${this.localize.t('loadingChannels')}</span>
          <span></span><span></span>
        </div>`,
      );
    }
    if (state.status === 'error') {
      return this.frame(
        level,
        renderUnavailable({
          error: state.error,
          message: this.localize.t('unavailableChannels'),
          offlineMessage: this.localize.t('offlineChannels'),
          retryLabel: this.localize.t('retry'),
          onRetry: this.onRetry,
        }),
      );
    }
    const directory = state.value;
    const channels = this.visibleChannels();
    if (channels.length === 0) {
      return this.frame(level, html`<p part="empty">${this.localize.t('empty')}</p><div part="fallback"><slot></slot></div>`);
    }
    const context = this.statusContext(directory);
    return this.frame(
      level,
      html`<ul part="list" aria-labelledby="heading">
        ${channels.map((channel) => this.renderChannel(channel, directory, context, level + 1))}
      </ul>`,
    );
  }

  private frame(level: number, content: TemplateResult): TemplateResult {
    return html`<div part="base" class=${this.compact ? 'compact' : ''} lang=${this.localize.lang} dir=${this.localize.dir ?? nothing}>
      ${heading(level, this.localize.t('title'), { part: 'heading', id: 'heading', focusable: true })} ${content}
    </div>`;
  }

  private renderChannel(channel: Channel, directory: ChannelDirectory, context: StatusTextContext, level: number): TemplateResult {
    const status = openingStatus(channel.id, channel.schedule, this.openingContext(directory), new Date(context.now));
    const text = statusText(status, context);
    return html`<li part="channel" class=${text.open ? 'open' : 'closed'}>
      <div class="channel-head">${channelIcon(channel.kind)} ${heading(level, channel.name, { part: 'channel-name' })}</div>
      <p part="status">
        <span class="dot" aria-hidden="true"></span><span class="status-label">${text.label}</span>${text.when
          ? html`<span class="separator" aria-hidden="true"> · </span><span>${text.when}</span>`
          : nothing}
      </p>
      ${!status.open && status.reason === 'closure' && status.closure ? html`<p part="notice">${status.closure.reason}</p>` : nothing}
      ${this.renderContact(channel)}
      ${!this.compact && channel.description ? html`<p part="description">${channel.description}</p>` : nothing}
      ${!this.compact ? this.renderResponseTime(channel) : nothing} ${this.renderHours(channel, directory, context)}
    </li>`;
  }

  private renderContact(channel: Channel): TemplateResult | typeof nothing {
    const t = this.localize.t.bind(this.localize);
    if (channel.address) {
      const { street, postalCode, locality, mapUrl } = channel.address;
      return html`<address part="address" class="contact">
        ${street}<br />${postalCode} ${locality}
        ${mapUrl && WEB_LINK.test(mapUrl)
          ? html`<br /><a part="map-link" href=${mapUrl} data-channel=${channel.id} @click=${this.onLinkClick}
                >${t('map')}<span class="visually-hidden">: ${channel.name}</span></a
              >`
          : nothing}
      </address>`;
    }
    if (!channel.href || !SAFE_LINK.test(channel.href)) return nothing;
    const contact = channel.hrefLabel ?? channel.href.replace(/^(tel:|mailto:|sms:)/i, '');
    const label =
      channel.kind === 'phone' || /^tel:/i.test(channel.href)
        ? t('call', { contact })
        : channel.kind === 'email' || /^mailto:/i.test(channel.href)
          ? t('write', { contact })
          : channel.kind === 'sms' || /^sms:/i.test(channel.href)
            ? t('sms', { contact })
            : channel.kind === 'whatsapp'
              ? t('whatsapp', { contact: channel.hrefLabel ?? channel.name })
              : channel.kind === 'video' && !channel.hrefLabel
                ? t('videoCall')
                : t('openLink', { contact: channel.hrefLabel ?? channel.name });
    return html`<p class="contact">
      <a part="contact-link" href=${channel.href} data-channel=${channel.id} @click=${this.onLinkClick}>${label}</a>
    </p>`;
  }

  private renderResponseTime(channel: Channel): TemplateResult | typeof nothing {
    const measured = channel.responseTime;
    if (!measured || measured.sample === 0) return nothing;
    const seconds = measured.medianSeconds;
    const [value, unit] =
      seconds < 3600 ? [Math.max(1, Math.round(seconds / 60)), 'minute'] : seconds < 172_800 ? [Math.round(seconds / 3600), 'hour'] : [Math.round(seconds / 86_400), 'day'];
    const duration = this.localize.numberFormat({ style: 'unit', unit, unitDisplay: 'long' }).format(value);
    return html`<p part="response-time">${this.localize.t('responseTime', { duration })}</p>`;
  }

  private renderHours(channel: Channel, directory: ChannelDirectory, context: StatusTextContext): TemplateResult | typeof nothing {
    if (channel.schedule.alwaysOpen || channel.schedule.weekly.length === 0) return nothing;
    const t = this.localize.t.bind(this.localize);
    const weekday = this.localize.dateTimeFormat({ weekday: 'long', timeZone: 'UTC' });
    const today = this.bodyWeekday(context.now, directory.timeZone);
    // The table is in the body's hours; say so when the citizen's clock reads differently.
    const zone = zoneOffset(context.now, directory.timeZone) === zoneOffset(context.now, context.displayZone) ? '' : t('hoursZone', { zone: this.zoneName(directory.timeZone, context.now) });
    const upcoming = this.upcoming(channel, directory, context);
    return html`<details part="hours">
      <summary>${t('hours')}<span class="visually-hidden">: ${channel.name}</span></summary>
      <table part="hours-table">
        <caption>
          ${t('hoursCaption', { name: channel.name })}${zone ? html` <span>${zone}</span>` : nothing}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('day')}</th>
            <th scope="col">${t('hoursColumn')}</th>
          </tr>
        </thead>
        <tbody>
          ${weeklyTable(channel.schedule).map(
            (row) => html`<tr aria-current=${row.day === today ? 'date' : nothing}>
              <th scope="row">${weekday.format(Date.UTC(2024, 0, row.day))}${row.day === today ? html` (${t('today')})` : nothing}</th>
              <td>
                ${row.intervals.length
                  ? this.localize.listFormat({ type: 'unit', style: 'narrow' }).format(row.intervals.map((interval) => `${this.wallTime(interval.opens)}–${this.wallTime(interval.closes)}`))
                  : t('closedDay')}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      ${upcoming.length
        ? html`<p>${t('upcoming')}</p>
            <ul part="upcoming">
              ${upcoming.map((entry) => html`<li>${entry}</li>`)}
            </ul>`
        : nothing}
    </details>`;
  }

  /** Holidays and closures of this channel in the coming weeks, in date order. */
  private upcoming(channel: Channel, directory: ChannelDirectory, context: StatusTextContext): string[] {
    const t = this.localize.t.bind(this.localize);
    const { now, displayZone } = context;
    const horizon = now + UPCOMING_DAYS * 86_400_000;
    const observes = channel.schedule.observesHolidays && !channel.schedule.alwaysOpen;
    const entries: [number, string][] = [];
    if (observes) {
      const todayText = this.localize.dateTimeFormat({ timeZone: directory.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      const todayIso = isoDate(todayText, now);
      const dayFormat = this.localize.dateTimeFormat({ timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
      const openDays = new Set(channel.schedule.weekly.map((interval) => interval.day));
      for (const holiday of directory.holidays) {
        const day = Date.parse(`${holiday.date}T00:00:00Z`);
        // A holiday on a day the channel is closed anyway changes nothing for the citizen.
        const isoWeekday = ((new Date(day).getUTCDay() + 6) % 7) + 1;
        if (holiday.date >= todayIso && day <= horizon && openDays.has(isoWeekday)) entries.push([day, t('holidayEntry', { date: dayFormat.format(day), name: holiday.name })]);
      }
    }
    const range = this.localize.dateTimeFormat({ timeZone: displayZone, day: 'numeric', month: 'long' });
    for (const closure of directory.closures) {
      const applies = closure.channels.length ? closure.channels.includes(channel.id) : observes;
      const starts = Date.parse(closure.starts);
      const ends = Date.parse(closure.ends);
      if (!applies || !(ends > now) || starts > horizon) continue;
      entries.push([starts, t('closureEntry', { dates: range.formatRange(starts, Math.max(starts, ends - 1)), reason: closure.reason })]);
    }
    return entries.sort((a, b) => a[0] - b[0]).map(([, text]) => text);
  }

  /** "08:00" as the citizen's language writes a time of day ("8:00", "8:00 AM"). */
  private wallTime(value: string): string {
    const [hours, minutes] = value.split(':').map(Number);
    return this.localize.dateTimeFormat({ timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(Date.UTC(2024, 0, 1, hours, minutes));
  }

  private zoneName(timeZone: string, at: number): string {
    const parts = this.localize.dateTimeFormat({ timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
  }

  private bodyWeekday(now: number, timeZone: string): number {
    const name = new Intl.DateTimeFormat('en', { timeZone, weekday: 'short' }).format(now);
    return ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(name) + 1;
  }

  private statusContext(directory: ChannelDirectory): StatusTextContext {
    return {
      localize: this.localize,
      now: this.effectiveClock().now(),
      displayZone: this.displayZone(),
      bodyZone: directory.timeZone,
    };
  }

  private openingContext(directory: ChannelDirectory): OpeningContext {
    return { timeZone: directory.timeZone, holidays: directory.holidays, closures: directory.closures };
  }

  private displayZone(): string {
    return this.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  private effectiveClock(): Clock {
    const frozen = this.at ? Date.parse(this.at) : NaN;
    return Number.isNaN(frozen) ? (this.clock ?? systemClock) : frozenClock(frozen);
  }

  /** The earliest instant when a shown status (or its "today/tomorrow" wording) changes. */
  private nextChange(): number | null {
    const directory = this.directory.value;
    if (!directory) return null;
    const now = this.effectiveClock().now();
    const context = this.openingContext(directory);
    let next = this.nextMidnight(now);
    for (const channel of this.visibleChannels()) {
      const change = nextChange(channel.id, channel.schedule, context, new Date(now));
      if (change && change.getTime() < next) next = change.getTime();
    }
    return next;
  }

  /** The next midnight of the citizen's zone (within an hour around DST changes: re-planned then). */
  private nextMidnight(now: number): number {
    const zone = this.displayZone();
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }).formatToParts(now);
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
    const elapsed = ((get('hour') * 60 + get('minute')) * 60 + get('second')) * 1000 + (now % 1000);
    const next = now - elapsed + 86_400_000;
    return calendarDays(this.localize, now, next, zone) >= 1 ? next : next + 3_600_000;
  }

  private visibleChannels(): Channel[] {
    const all = this.directory.value?.channels ?? [];
    const wanted = (this.channels ?? '').split(/[\s,]+/).filter(Boolean);
    return wanted.length ? all.filter((channel) => wanted.includes(channel.id) || wanted.includes(channel.kind)) : all;
  }

  /** The language to ask the server for: one the contract knows. */
  private contentLang(): 'es' | 'en' | 'pt' {
    const lang = this.localize.lang;
    return lang === 'en' || lang === 'pt' ? lang : 'es';
  }

  private hasFallback(): boolean {
    return [...this.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()));
  }
}

function isoDate(format: Intl.DateTimeFormat, instant: number): string {
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
