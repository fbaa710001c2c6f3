import { expect } from '@open-wc/testing';
import { expectAccessible } from '../../../../test/browser/helpers/axe.ts';
import { runElementContract } from '../../../../test/browser/helpers/element-contract.ts';
import { downEndpoint, endpoint } from '../../../../test/browser/helpers/env.ts';
import { deepActiveElement, press, tabUntil } from '../../../../test/browser/helpers/keyboard.ts';
import { ManualClock } from '../../../../test/browser/helpers/manual-clock.ts';
import { landmarkOf, mount, settle } from '../../../../test/browser/helpers/mount.ts';
import { goOffline, goOnline } from '../../../../test/browser/helpers/network.ts';
import { hasHorizontalOverflow, useViewport } from '../../../../test/browser/helpers/viewport.ts';
import { announcerElement } from '../core/announcer.ts';
import { define } from '../core/define.ts';
import { registerStrings } from '../core/localize.ts';
import { ChannelPicker } from './channel-picker.ts';
import type { ChannelSelectEvent } from './channel-select-event.ts';
import { hoursStrings } from './hours-strings.ts';
import { channelPickerStrings } from './strings.ts';
import en from './strings.en.ts';
import pt from './strings.pt.ts';
import './define.ts';

// Instants in the demo body's zone (Europe/Madrid, UTC+1 in winter), against the seeded hours:
// phone 010 Mon–Fri 8–20 and Sat 9–14; offices Mon–Fri 9–14 (+ Thu 16:30–19); video call Tue
// and Thu 9–14; email always; holidays 8 Dec (Inmaculada Concepción) and 25 Dec (Navidad);
// the La Vega office closed for works 9–12 Dec 2026.
const MONDAY_10 = '2026-11-23T10:00:00+01:00';
const SUNDAY_NOON = '2026-11-22T12:00:00+01:00';
const SATURDAY_15 = '2026-11-28T15:00:00+01:00';
const CHRISTMAS_10 = '2026-12-25T10:00:00+01:00';
const WORKS_THURSDAY_10 = '2026-12-10T10:00:00+01:00';

const picker = (attributes: string) => `<vn-channel-picker ${attributes}></vn-channel-picker>`;

function channelItem(element: Element, id: string): HTMLElement {
  const link = element.shadowRoot!.querySelector(`[data-channel="${id}"]`);
  const item = (link?.closest('li') ?? [...element.shadowRoot!.querySelectorAll('li[part~="channel"]')].find((li) => li.textContent?.includes(id))) as HTMLElement | null;
  if (!item) throw new Error(`no channel ${id}`);
  return item;
}

function statusOf(element: Element, index: number): string {
  const items = element.shadowRoot!.querySelectorAll('[part~="status"]');
  return (items[index]?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens a channel's hours as a citizen would; the weekly tables arrive on the first opening. */
async function openHours(element: Element, index = 0): Promise<HTMLDetailsElement> {
  const details = element.shadowRoot!.querySelectorAll('details')[index]!;
  const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
  details.querySelector('summary')!.click();
  await toggled;
  await (element as ChannelPicker).settled();
  return details;
}

function statuses(element: Element): Record<string, string> {
  const result: Record<string, string> = {};
  element.shadowRoot!.querySelectorAll('li[part~="channel"]').forEach((item, index) => {
    const name = item.querySelector('[part~="channel-name"]')!.textContent!.trim();
    result[name] = statusOf(element, index);
  });
  return result;
}

describe('<vn-channel-picker>', () => {
  runElementContract('vn-channel-picker', {
    translations: {
      es: { ...channelPickerStrings.es, ...hoursStrings.es },
      en: { ...en, ...hoursStrings.en },
      pt: { ...pt, ...hoursStrings.pt },
    },
    downAttributes: `at="${MONDAY_10}"`,
    states: [
      { name: 'open', markup: (env) => picker(`endpoint="${env.endpoint}" at="${MONDAY_10}"`) },
      { name: 'closed', markup: (env) => picker(`endpoint="${env.endpoint}" at="${SUNDAY_NOON}"`) },
      { name: 'holiday', markup: (env) => picker(`endpoint="${env.endpoint}" at="${CHRISTMAS_10}"`) },
      { name: 'closure', markup: (env) => picker(`endpoint="${env.endpoint}" at="${WORKS_THURSDAY_10}"`) },
      { name: 'backend down', markup: (env) => `<vn-channel-picker endpoint="${env.downEndpoint}"><p>Llámanos al <a href="tel:010">010</a></p></vn-channel-picker>` },
      { name: 'empty', markup: (env) => picker(`endpoint="${env.endpoint}" channels="no-such-channel"`) },
      { name: 'long names', markup: (env) => picker(`endpoint="${env.endpoint}" site="galeria-nombres-largos" at="${MONDAY_10}"`) },
      { name: 'compact', markup: (env) => picker(`endpoint="${env.endpoint}" compact at="${MONDAY_10}"`) },
      { name: 'subset', markup: (env) => picker(`endpoint="${env.endpoint}" channels="phone,oficina-la-vega" at="${MONDAY_10}"`) },
      { name: 'English', markup: (env) => picker(`endpoint="${env.endpoint}" lang="en" at="${MONDAY_10}"`) },
      { name: 'Portuguese', markup: (env) => picker(`endpoint="${env.endpoint}" lang="pt" at="${MONDAY_10}"`) },
      { name: 'right to left', markup: (env) => picker(`endpoint="${env.endpoint}" dir="rtl" at="${MONDAY_10}"`) },
      { name: 'hours open, other time zone', markup: (env) => picker(`endpoint="${env.endpoint}" time-zone="America/New_York" at="${MONDAY_10}"`) },
    ],
    // Opens a channel's hours, which loads and renders the weekly table.
    interact: async (element) => {
      const channels = element as ChannelPicker;
      const summary = channels.shadowRoot!.querySelector<HTMLElement>('summary')!;
      // The details' toggle event, which loads the table, comes a task after the click.
      const toggled = new Promise((resolve) => summary.parentElement!.addEventListener('toggle', resolve, { once: true }));
      summary.click();
      await toggled;
      await channels.settled();
      if (!channels.shadowRoot!.querySelector('[part~="hours-table"]')) throw new Error('the hours did not open');
    },
  });

  describe('status at fixed instants (seeded hours, Europe/Madrid)', () => {
    it('on a Monday at 10:00 the offices are open until 14:00', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" at="${MONDAY_10}"`));
      expect(statuses(element)).to.deep.equal({
        'Teléfono 010': 'Abierto ahora · cierra a las 20:00',
        'Correo electrónico': 'Siempre disponible',
        'Chat en la web': 'Abierto ahora · cierra a las 19:00',
        WhatsApp: 'Abierto ahora · cierra a las 15:00',
        'Oficina de Atención Ciudadana (Plaza Mayor)': 'Abierto ahora · cierra a las 14:00',
        'Oficina municipal de La Vega': 'Abierto ahora · cierra a las 14:00',
        'Videollamada en lengua de signos': 'Cerrado · abre mañana a las 9:00',
      });
    });

    it('on a Sunday it says tomorrow, or the weekday', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone,video" at="${SUNDAY_NOON}"`));
      expect(Object.values(statuses(element))).to.deep.equal(['Cerrado · abre mañana a las 8:00', 'Cerrado · abre el martes a las 9:00']);
    });

    it('on a Saturday afternoon it says Monday', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone,oficina-plaza-mayor" at="${SATURDAY_15}"`));
      expect(Object.values(statuses(element))).to.deep.equal(['Cerrado · abre el lunes a las 8:00', 'Cerrado · abre el lunes a las 9:00']);
    });

    it('on Christmas Day it names the holiday', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone,email" at="${CHRISTMAS_10}"`));
      expect(Object.values(statuses(element))).to.deep.equal(['Cerrado por festivo (Navidad) · abre mañana a las 9:00', 'Siempre disponible']);
    });

    it('during the works the La Vega office is temporarily closed, with the reason', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="oficina-la-vega,oficina-plaza-mayor" at="${WORKS_THURSDAY_10}"`));
      expect(Object.values(statuses(element))).to.deep.equal(['Abierto ahora · cierra a las 14:00', 'Cerrado temporalmente · abre el lunes a las 9:00']);
      const notice = element.shadowRoot!.querySelector('[part~="notice"]')!;
      expect(notice.textContent).to.contain('obras de mejora de accesibilidad');
    });

    it('lists the coming closure and holidays under the hours', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="oficina-la-vega" at="${MONDAY_10}"`));
      await openHours(element);
      const upcoming = [...element.shadowRoot!.querySelectorAll('[part~="upcoming"] li')].map((li) => li.textContent!.trim());
      expect(upcoming).to.deep.equal([
        'martes, 8 de diciembre: Inmaculada Concepción (festivo)',
        '9–12 de diciembre: Cerrada por obras de mejora de accesibilidad. Acuda a la oficina de la Plaza Mayor.',
      ]);
    });

    it('lists the coming holidays on a page whose language writes other digits', async () => {
      // An integrator's own Arabic words: dates are then written with Arabic-Indic digits.
      registerStrings('ar', { heading: 'قنوات الاتصال' });
      const element = await mount(picker(`endpoint="${endpoint}" lang="ar-EG" channels="oficina-la-vega" at="${MONDAY_10}"`));
      await openHours(element);
      const upcoming = [...element.shadowRoot!.querySelectorAll('[part~="upcoming"] li')].map((li) => li.textContent!.trim());
      expect(upcoming).to.have.length(2);
      expect(upcoming[0]).to.contain('Inmaculada Concepción');
      expect(upcoming[0]).to.match(/[\u0660-\u0669]/, 'the date in the page’s digits');
    });

    it('speaks English and Portuguese, with their own time formats', async () => {
      const english = await mount(picker(`endpoint="${endpoint}" lang="en" channels="oficina-plaza-mayor,video" at="${MONDAY_10}"`));
      expect(Object.values(statuses(english))).to.deep.equal(['Open now · closes at 2:00 PM', 'Closed · opens tomorrow at 9:00 AM']);
      const portuguese = await mount(picker(`endpoint="${endpoint}" lang="pt" channels="oficina-plaza-mayor,video" at="${SUNDAY_NOON}"`));
      expect(Object.values(statuses(portuguese))).to.deep.equal(['Fechado · abre amanhã às 9:00', 'Fechado · abre terça-feira às 9:00']);
    });

    it('shows times in the citizen’s zone, naming it, with "a la 1:00" in Spanish', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="video,oficina-plaza-mayor" time-zone="America/Denver" at="${MONDAY_10}"`));
      expect(Object.values(statuses(element))).to.deep.equal(['Abierto ahora · cierra a las 6:00 GMT-7', 'Cerrado · abre mañana a la 1:00 GMT-7']);
      await openHours(element);
      const caption = element.shadowRoot!.querySelector('caption')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(caption).to.equal('Horario semanal de Oficina de Atención Ciudadana (Plaza Mayor) Horas de hora de Europa central.');
    });

    it('takes the language from the nearest ancestor', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="email" at="${MONDAY_10}"`), { attributes: { lang: 'pt-PT' } });
      expect(Object.values(statuses(element))).to.deep.equal(['Sempre disponível']);
      expect(element.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Canais de atendimento');
    });
  });

  describe('hours table', () => {
    it('is a real table with a caption, header cells and day names in the citizen’s language', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" lang="en" channels="oficina-plaza-mayor" at="${MONDAY_10}"`));
      await openHours(element);
      const table = element.shadowRoot!.querySelector('table')!;
      expect(table.querySelector('caption')!.textContent!.trim()).to.equal('Weekly opening hours of Citizen Service Office (Plaza Mayor)');
      expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]);
      expect(rows).to.deep.equal([
        ['Monday (today)', '9:00 AM–2:00 PM'],
        ['Tuesday', '9:00 AM–2:00 PM'],
        ['Wednesday', '9:00 AM–2:00 PM'],
        ['Thursday', '9:00 AM–2:00 PM 4:30 PM–7:00 PM'],
        ['Friday', '9:00 AM–2:00 PM'],
        ['Saturday', 'Closed'],
        ['Sunday', 'Closed'],
      ]);
      expect(table.querySelector('tbody tr')!.getAttribute('aria-current')).to.equal('date');
    });

    it('fits 320 px right to left with every channel’s hours open, days on the right', async () => {
      await useViewport('narrow');
      try {
        const element = await mount(picker(`endpoint="${endpoint}" site="galeria-nombres-largos" at="${MONDAY_10}"`), { attributes: { dir: 'rtl' } });
        const count = element.shadowRoot!.querySelectorAll('details').length;
        expect(count, 'channels with hours').to.be.greaterThan(1);
        for (let index = 0; index < count; index++) await openHours(element, index);
        const tables = [...element.shadowRoot!.querySelectorAll('table')];
        expect(tables.length).to.equal(count);
        expect(hasHorizontalOverflow(element), 'no sideways scrolling').to.equal(false);
        for (const table of tables) {
          const row = table.querySelector('tbody tr')!;
          expect(row.querySelector('th')!.getBoundingClientRect().left, 'day right of its hours').to.be.greaterThan(row.querySelector('td')!.getBoundingClientRect().left);
          expect(table.getBoundingClientRect().width).to.be.at.most(320);
        }
        await expectAccessible(landmarkOf(element), 'vn-channel-picker hours open (320 px, right to left)');
      } finally {
        await useViewport('wide');
      }
    });

    it('is accessible open, in light and dark, and keeps the focus on its summary while it arrives', async () => {
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor,oficina-la-vega" at="${MONDAY_10}"`));
      const summary = await tabUntil((focused) => focused.localName === 'summary');
      await press('Enter');
      const details = summary.closest('details')!;
      await new Promise((resolve) => setTimeout(resolve));
      await element.settled();
      expect(details.open).to.equal(true);
      expect(details.querySelector('table'), 'the table is shown').to.exist;
      expect(deepActiveElement() === summary, 'focus stays on the summary').to.equal(true);
      for (const theme of ['light', 'dark'] as const) {
        element.setAttribute('theme', theme);
        await element.settled();
        await expectAccessible(landmarkOf(element), `vn-channel-picker hours open (${theme})`);
      }
      await press('Enter');
      expect(details.open, 'Enter closes it again').to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('reaches a channel’s hours with Tab, opens them with Enter, and follows a link with Enter', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone,oficina-plaza-mayor" at="${MONDAY_10}"`));
      const selected: string[] = [];
      element.addEventListener('vn-channel-select', (event: ChannelSelectEvent) => {
        selected.push(event.detail.channel.id);
        event.preventDefault(); // the test page stays where it is
      });
      const summary = await tabUntil((focused) => focused.localName === 'summary');
      expect(summary.closest('details')!.open).to.equal(false);
      await press('Enter');
      expect(summary.closest('details')!.open).to.equal(true);
      const link = await tabUntil((focused) => focused.localName === 'a' && focused.getAttribute('part') === 'map-link');
      expect(link.textContent).to.contain('Ver en el mapa');
      await press('Enter');
      expect(selected).to.deep.equal(['oficina-plaza-mayor']);
      expect(deepActiveElement() === link, 'focus stays on the link').to.equal(true);
    });
  });

  describe('links and events', () => {
    it('uses real tel:, mailto: and https: links and fires vn-channel-select, keeping the link’s own behaviour', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone,email,whatsapp" at="${MONDAY_10}"`));
      const hrefs = [...element.shadowRoot!.querySelectorAll('a[part~="contact-link"]')].map((a) => [a.getAttribute('href'), a.textContent!.trim()]);
      expect(hrefs).to.deep.equal([
        ['tel:010', 'Llamar al 010'],
        ['mailto:atencion@villaverdedelrio.example', 'Escribir a atencion@villaverdedelrio.example'],
        ['https://wa.me/34655000010', 'Escribir por WhatsApp al +34 655 000 010'],
      ]);
      const seen: { id: string; href: string }[] = [];
      element.addEventListener('vn-channel-select', (event) => seen.push({ id: event.detail.channel.id, href: event.detail.href }));
      let linkDefaultPrevented: boolean | undefined;
      const stop = (event: Event) => {
        linkDefaultPrevented = event.defaultPrevented;
        event.preventDefault(); // keep the test page here
      };
      document.addEventListener('click', stop);
      try {
        element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="tel:010"]')!.click();
      } finally {
        document.removeEventListener('click', stop);
      }
      expect(seen).to.deep.equal([{ id: 'telefono-010', href: 'tel:010' }]);
      expect(linkDefaultPrevented, 'the element leaves the link alone').to.equal(false);
    });

    it('lets a listener cancel the link', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="email" at="${MONDAY_10}"`));
      element.addEventListener('vn-channel-select', (event) => event.preventDefault());
      const click = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
      element.shadowRoot!.querySelector('a')!.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
    });
  });

  describe('updates by itself', () => {
    it('flips from open to closed when the closing time passes, on a clock the test moves', async () => {
      const clock = new ManualClock('2026-11-23T13:59:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      expect(statusOf(element, 0)).to.equal('Abierto ahora · cierra a las 14:00');
      expect(clock.pending, 'one timer').to.equal(1);
      clock.advance(59_000);
      await element.updateComplete;
      expect(statusOf(element, 0)).to.equal('Abierto ahora · cierra a las 14:00');
      clock.advance(2_000);
      await element.updateComplete;
      expect(statusOf(element, 0)).to.equal('Cerrado · abre mañana a las 9:00');
      clock.advance(19 * 3600_000);
      await element.updateComplete;
      expect(statusOf(element, 0)).to.equal('Abierto ahora · cierra a las 14:00');
      expect(clock.pending, 'still one timer').to.equal(1);
    });

    it('says "a las 9:00" instead of "mañana" once midnight passes', async () => {
      const clock = new ManualClock('2026-11-23T23:59:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      expect(statusOf(element, 0)).to.equal('Cerrado · abre mañana a las 9:00');
      clock.advance(120_000);
      await element.updateComplete;
      expect(statusOf(element, 0)).to.equal('Cerrado · abre a las 9:00');
    });

    it('looks again when the page becomes visible (after a sleep)', async () => {
      const clock = new ManualClock('2026-11-23T10:00:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      clock.jump('2026-11-23T15:00:00+01:00'); // no timer fired while asleep
      document.dispatchEvent(new Event('visibilitychange'));
      await element.updateComplete;
      expect(statusOf(element, 0)).to.equal('Cerrado · abre mañana a las 9:00');
    });

    it('asks for fresh timelines when the page outlives them, keeping the list shown meanwhile', async () => {
      const clock = new ManualClock('2026-11-23T13:59:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      // Wednesday 15:59: past the two days the first answer covers, whose last period is "open until 14:00".
      clock.advance(50 * 3600_000);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="list"]'), 'still shown while asking').to.exist;
      await settle(element);
      expect(statusOf(element, 0)).to.equal('Cerrado · abre mañana a las 9:00');
    });

    it('asks for fresh timelines a minute before the current ones end, so no status blinks out', async () => {
      const clock = new ManualClock('2026-11-23T13:59:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      clock.advance(48 * 3600_000 - 30_000); // half a minute before the end of the first answer
      await settle(element);
      clock.advance(40_000);
      await element.updateComplete;
      expect(statusOf(element, 0), 'the fresh timelines were already there').to.equal('Abierto ahora · cierra a las 14:00');
    });

    it('offline past the timelines: keeps the channels without guessing their status, and catches up online', async () => {
      const clock = new ManualClock('2026-11-23T13:59:00+01:00');
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor"`), { settle: false });
      element.clock = clock;
      await settle(element);
      goOffline();
      clock.advance(50 * 3600_000);
      await settle(element);
      expect(element.shadowRoot!.querySelector('[part~="unavailable"]'), 'no failure shown').to.equal(null);
      expect(element.shadowRoot!.querySelectorAll('[part~="channel"]').length).to.equal(1);
      expect(element.shadowRoot!.querySelector('[part~="status"]'), 'no stale "open now"').to.equal(null);
      expect(clock.pending, 'no timer spinning while it waits').to.equal(0);
      goOnline();
      await settle(element);
      expect(statusOf(element, 0)).to.equal('Cerrado · abre mañana a las 9:00');
    });

    it('sets no timer when frozen with `at`, and uses the real clock otherwise', async () => {
      // The page's timers the picker's status timer sets (found by its module in the call's stack).
      const pageTimers: number[] = [];
      const setTimeoutOfPage = window.setTimeout;
      window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        if (new Error().stack?.includes('/status-timer.ts')) pageTimers.push(ms ?? 0);
        return setTimeoutOfPage(handler, ms, ...rest);
      }) as typeof window.setTimeout;
      try {
        // A minute before the office closes: a running clock would set a timer for 14:00.
        const clock = new ManualClock('2026-11-23T13:59:00+01:00');
        const frozen = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="oficina-plaza-mayor" at="2026-11-23T13:59:00+01:00"`), { settle: false });
        frozen.clock = clock;
        await settle(frozen);
        expect(statusOf(frozen, 0)).to.equal('Abierto ahora · cierra a las 14:00');
        expect(clock.pending, 'no timer on the clock it was given').to.equal(0);
        expect(pageTimers, 'no timer on the page').to.deep.equal([]);
        // Without `at`, the same element follows its clock: one timer, and the office closes.
        frozen.removeAttribute('at');
        await settle(frozen);
        expect(statusOf(frozen, 0)).to.equal('Abierto ahora · cierra a las 14:00');
        expect(clock.pending, 'one timer once `at` is gone').to.equal(1);
        clock.advance(61_000);
        await frozen.updateComplete;
        expect(statusOf(frozen, 0)).to.equal('Cerrado · abre mañana a las 9:00');
        // Neither `at` nor a clock: the real clock, with a timer on the page.
        const running = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="email"`));
        expect(statusOf(running, 0)).to.equal('Siempre disponible');
        expect(pageTimers.length, 'a timer on the page').to.be.greaterThan(0);
      } finally {
        window.setTimeout = setTimeoutOfPage;
      }
    });
  });

  describe('fallback, loading and failures', () => {
    it('shows its fallback before it upgrades and while it loads, without moving it', async () => {
      class LateChannelPicker extends ChannelPicker {}
      const tag = 'vn-channel-picker-late';
      const shifts: LayoutShift[] = [];
      const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
      observer.observe({ type: 'layout-shift', buffered: false });
      const element = await mount(`<${tag} endpoint="${endpoint}" at="${MONDAY_10}"><p>Llámanos al <a href="tel:010">010</a></p></${tag}>`, { settle: false });
      const fallback = element.querySelector('p')!;
      const before = fallback.getBoundingClientRect();
      expect(before.height, 'visible before the upgrade').to.be.greaterThan(0);
      define(tag, LateChannelPicker);
      await (element as ChannelPicker).updateComplete;
      const during = fallback.getBoundingClientRect();
      expect([during.top, during.left, during.height]).to.deep.equal([before.top, before.left, before.height]);
      await settle(element);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
      observer.disconnect();
      const ours = shifts.flatMap((shift) => shift.sources ?? []).filter((source) => source.node && (source.node === element || element.contains(source.node) || element.shadowRoot!.contains(source.node)));
      expect(ours, 'layout shifts of the element or its content').to.deep.equal([]);
      expect(element.shadowRoot!.querySelectorAll('li[part~="channel"]').length).to.equal(7);
    });

    it('reserves space while it loads when it has no fallback', async () => {
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" at="${MONDAY_10}"`), { settle: false });
      await element.updateComplete;
      const loading = element.shadowRoot!.querySelector('[part~="loading"]')!;
      expect(loading.getBoundingClientRect().height).to.be.at.least(150);
      expect(loading.getAttribute('role')).to.equal('status');
      await settle(element);
    });

    it('says so plainly when offline, and loads by itself when the connection is back', async () => {
      goOffline();
      const element = await mount<ChannelPicker>(picker(`endpoint="${endpoint}" channels="email"`));
      expect(element.shadowRoot!.querySelector('[part~="unavailable-message"]')!.textContent).to.contain('No hay conexión a internet');
      goOnline();
      await element.settled();
      expect(statusOf(element, 0)).to.equal('Siempre disponible');
    });

    it('retries on request: announces a new failure, then moves focus to the loaded list', async () => {
      window.Ventanilla = { version: 'test', config: { endpoint: downEndpoint }, ready: Promise.resolve(), whenDefined: (tag) => customElements.whenDefined(tag) };
      try {
        const element = await mount<ChannelPicker>(picker(`channels="email" at="${MONDAY_10}"`));
        expect(element.shadowRoot!.querySelector('[part~="unavailable-message"]')!.textContent).to.contain('No podemos mostrar ahora los canales de atención');
        const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!;
        retry.click();
        await element.settled();
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(announcerElement()!.textContent).to.contain('No podemos mostrar ahora los canales de atención');
        (window.Ventanilla.config as { endpoint: string }).endpoint = endpoint;
        element.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="retry"]')!.click();
        await element.settled();
        await new Promise((resolve) => setTimeout(resolve, 150));
        expect(deepActiveElement() === element.shadowRoot!.querySelector('[part~="heading"]'), 'focus on the heading').to.equal(true);
        expect(announcerElement()!.textContent).to.contain('Se ha cargado 1 canal de atención.');
      } finally {
        delete window.Ventanilla;
      }
    });

    it('without any endpoint, warns in development and shows its fallback', async () => {
      const warnings: string[] = [];
      const consoleWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const element = await mount(`<vn-channel-picker><p>Llámanos al 010</p></vn-channel-picker>`);
        expect(element.querySelector('p')!.assignedSlot).to.exist;
        expect(element.shadowRoot!.querySelector('button[part~="retry"]')).to.equal(null);
      } finally {
        console.warn = consoleWarn;
      }
      expect(warnings.some((warning) => warning.includes('has no endpoint'))).to.equal(true);
    });

    it('logs no console error on a normal render', async () => {
      const errors: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        await mount(picker(`endpoint="${endpoint}" at="${MONDAY_10}"`));
      } finally {
        console.error = consoleError;
      }
      expect(errors).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('mirrors under a right-to-left ancestor (logical properties)', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" channels="phone" at="${MONDAY_10}"`), { attributes: { dir: 'rtl' } });
      const icon = element.shadowRoot!.querySelector('.icon')!.getBoundingClientRect();
      const name = element.shadowRoot!.querySelector('[part~="channel-name"]')!.getBoundingClientRect();
      expect(icon.left, 'icon on the right of the name').to.be.greaterThan(name.left);
    });

    it('uses a heading at the requested level, and channel names one below', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" heading-level="3" channels="phone" at="${MONDAY_10}"`));
      expect(element.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
      expect(element.shadowRoot!.querySelector('[part~="channel-name"]')!.localName).to.equal('h4');
    });

    it('compact drops the descriptions and keeps the hours collapsed', async () => {
      const element = await mount(picker(`endpoint="${endpoint}" compact at="${MONDAY_10}"`));
      expect(element.shadowRoot!.querySelector('[part~="description"]')).to.equal(null);
      expect([...element.shadowRoot!.querySelectorAll('details')].every((details) => !details.open)).to.equal(true);
      const item = channelItem(element, 'telefono-010');
      expect(item.getBoundingClientRect().height).to.be.lessThan(120);
    });
  });
});

interface LayoutShift extends PerformanceEntry {
  value: number;
  sources?: { node: Node | null }[];
}
