// Its own page: what the picker downloads only when needed. English and Portuguese strings come
// only where a page shows them; the weekly tables only when a citizen opens a channel's hours.
import { expect } from '@open-wc/testing';
import { endpoint } from '../../../../test/browser/helpers/env.ts';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import type { ChannelPicker } from './channel-picker.ts';
import './define.ts';

const MONDAY_10 = '2026-11-23T10:00:00+01:00';

function requested(name: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.endsWith(`/channel-picker/${name}`));
}

describe('<vn-channel-picker> loading', () => {
  it('loads another language’s strings and the weekly tables only when they are shown', async () => {
    const spanish = await mount<ChannelPicker>(`<vn-channel-picker endpoint="${endpoint}" channels="oficina-plaza-mayor" at="${MONDAY_10}"></vn-channel-picker>`);
    expect(spanish.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Canales de atención');
    expect(spanish.shadowRoot!.querySelector('summary')!.textContent).to.contain('Horario');
    expect(['strings.en.ts', 'strings.pt.ts', 'hours-table.ts'].filter(requested), 'nothing of that yet').to.deep.equal([]);
    expect(spanish.shadowRoot!.querySelector('table'), 'no table before the hours are opened').to.equal(null);

    const details = spanish.shadowRoot!.querySelector('details')!;
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    details.querySelector('summary')!.click();
    await toggled;
    await spanish.settled();
    expect(requested('hours-table.ts')).to.equal(true);
    expect(details.querySelector('caption')!.textContent!.trim()).to.equal('Horario semanal de Oficina de Atención Ciudadana (Plaza Mayor)');

    const english = await mount<ChannelPicker>(`<vn-channel-picker endpoint="${endpoint}" lang="en" channels="oficina-plaza-mayor" at="${MONDAY_10}"></vn-channel-picker>`, { settle: false });
    await english.updateComplete;
    const first = english.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
    expect(first, 'no Spanish while the English strings load').to.not.contain('Canales');
    await english.settled();
    expect(english.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal('Ways to contact us');
    expect(requested('strings.en.ts')).to.equal(true);
    expect(requested('strings.pt.ts'), 'Portuguese is not fetched').to.equal(false);
  });
});
