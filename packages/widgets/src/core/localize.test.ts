import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { mount } from '../../../../test/browser/helpers/mount.ts';
import { define } from './define.ts';
import { defineStrings, LocalizeController, registerStrings, requestedLang, type StringOverrides } from './localize.ts';

const strings = defineStrings({
  es: { greeting: 'Hola, {name}', items: { one: '{count} canal', other: '{count} canales' }, hour: { one: 'a la {time}', other: 'a las {time}' } },
  en: { greeting: 'Hello, {name}', items: { one: '{count} channel', other: '{count} channels' }, hour: { other: 'at {time}' } },
  pt: { greeting: 'Olá, {name}', items: { one: '{count} canal', other: '{count} canais' }, hour: { one: 'à {time}', other: 'às {time}' } },
});

class LocalizedProbe extends LitElement {
  static override properties = { strings: { attribute: false } };
  declare strings: StringOverrides | undefined;
  readonly localize = new LocalizeController(this, strings);
  protected override render() {
    return html`<p>${this.localize.t('greeting', { name: 'Ana' })}</p>`;
  }
}
define('vn-localized-probe', LocalizedProbe);

describe('localize', () => {
  it('resolves the language: own lang, then the nearest ancestor, then the page, then Spanish', async () => {
    const own = await mount<LocalizedProbe>('<vn-localized-probe lang="en"></vn-localized-probe>', { attributes: { lang: 'pt' } });
    expect(own.localize.lang).to.equal('en');
    const inherited = await mount<LocalizedProbe>('<vn-localized-probe></vn-localized-probe>', { attributes: { lang: 'pt-BR' } });
    expect([inherited.localize.lang, inherited.localize.locale]).to.deep.equal(['pt', 'pt-BR']);
    const page = await mount<LocalizedProbe>('<vn-localized-probe></vn-localized-probe>');
    expect(page.localize.lang).to.equal('es'); // the test page is <html lang="es">
    const unknown = await mount<LocalizedProbe>('<vn-localized-probe lang="fr"></vn-localized-probe>');
    expect(unknown.localize.lang).to.equal('es');
  });

  it('reads through shadow roots to the host’s language', async () => {
    const outer = await mount('<section lang="en"><div id="host"></div></section>');
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span></span>';
    expect(requestedLang(root.querySelector('span')!)).to.equal('en');
  });

  it('fills placeholders and chooses plural forms with Intl.PluralRules', async () => {
    const element = await mount<LocalizedProbe>('<vn-localized-probe></vn-localized-probe>');
    const { localize } = element;
    expect(localize.t('items', { count: 1 })).to.equal('1 canal');
    expect(localize.t('items', { count: 3 })).to.equal('3 canales');
    expect(localize.t('hour', { count: 1, time: '1:00' })).to.equal('a la 1:00');
    expect(localize.t('hour', { count: 13, time: '13:00' })).to.equal('a las 13:00');
    expect(element.shadowRoot!.textContent).to.contain('Hola, Ana');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const element = await mount<LocalizedProbe>('<vn-localized-probe></vn-localized-probe>', { attributes: { lang: 'es' } });
    element.closest('main')!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('Hello, Ana');
  });

  it('takes per-instance overrides, and kit-wide strings for a new language (right to left)', async () => {
    const element = await mount<LocalizedProbe>('<vn-localized-probe></vn-localized-probe>');
    element.strings = { greeting: '¡Buenas, {name}!' };
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain('¡Buenas, Ana!');
    registerStrings('ar', { greeting: 'مرحبا {name}' }, 'vn-localized-probe');
    const arabic = await mount<LocalizedProbe>('<vn-localized-probe lang="ar"></vn-localized-probe>');
    expect(arabic.localize.lang).to.equal('ar');
    expect(arabic.localize.dir).to.equal('rtl');
    expect(arabic.shadowRoot!.textContent).to.contain('مرحبا Ana');
    expect(arabic.localize.t('items', { count: 2 }), 'missing keys fall back to Spanish').to.equal('2 canales');
  });

  it('formats with Intl in the resolved locale', async () => {
    const english = await mount<LocalizedProbe>('<vn-localized-probe lang="en"></vn-localized-probe>');
    expect(english.localize.dateTimeFormat({ timeZone: 'UTC', weekday: 'long' }).format(Date.UTC(2024, 0, 1))).to.equal('Monday');
    expect(english.localize.relativeTimeFormat().format(1, 'day')).to.equal('tomorrow');
  });
});
