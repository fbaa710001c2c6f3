// Its own page, so that the weekly tables' chunk has never loaded: opening a channel's hours
// while that chunk cannot be fetched (the connection lost since the page loaded).
import { expect } from '@open-wc/testing';
import { endpoint } from '../../../../test/browser/helpers/env.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { blockRequests, unblockRequests } from '../../../../test/browser/helpers/network.ts';
import { announcerElement } from '../core/announcer.ts';
import type { ChannelPicker } from './channel-picker.ts';
import './define.ts';

const MONDAY_10 = '2026-11-23T10:00:00+01:00';

describe('<vn-channel-picker> hours without a connection', () => {
  afterEach(unblockRequests);

  it('says, and announces, that the hours could not be loaded, and loads them when opened again', async () => {
    await blockRequests('/hours-table.ts');
    const picker = await mount<ChannelPicker>(`<vn-channel-picker endpoint="${endpoint}" channels="oficina-plaza-mayor" at="${MONDAY_10}"></vn-channel-picker>`);
    const details = picker.shadowRoot!.querySelector('details')!;
    const toggle = async () => {
      const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
      details.querySelector('summary')!.click();
      await toggled;
      await picker.settled();
    };
    await toggle();
    expect(details.querySelector('[part~="hours-unavailable"]')?.textContent?.trim()).to.equal(
      'No se ha podido cargar el horario. Vuelva a abrirlo cuando haya conexión.',
    );
    expect(details.querySelector('table')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(announcerElement()!.textContent, 'screen readers hear it').to.contain('No se ha podido cargar el horario.');

    await unblockRequests();
    await toggle(); // closed
    await toggle(); // opened again
    expect(details.querySelector('[part~="hours-unavailable"]')).to.equal(null);
    expect(details.querySelector('caption')!.textContent!.trim()).to.equal('Horario semanal de Oficina de Atención Ciudadana (Plaza Mayor)');
  });
});
