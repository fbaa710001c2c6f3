// The contract every element of the kit keeps, run by each element's tests with its own states:
// accessible in every state, theme and viewport; the host page untouched and unable to break
// it; errors contained; the fallback shown when the backend is down; three complete languages;
// dark tokens applied; forced colours rendered; every state under Trusted Types enforced; nothing
// written to the browser's storage. Only elements of the registry (src/elements.ts) run it.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { elements } from '../../../packages/widgets/src/elements.ts';
import { darkColors, lightColors } from '../../../packages/widgets/src/core/theme.ts';
import type { Translations, StringValue } from '../../../packages/widgets/src/core/localize.ts';
import { expectAccessible } from './axe.ts';
import { storageSnapshot, type StorageSnapshot } from './browser-storage.ts';
import { downEndpoint, endpoint } from './env.ts';
import { focusRing, foreignColours } from './forced-colors.ts';
import { deepActiveElement, tabUntil } from './keyboard.ts';
import { landmarkOf, mount, settle } from './mount.ts';
import { TrustedTypesPage } from './trusted-types-page.ts';
import { hasHorizontalOverflow, useViewport } from './viewport.ts';

export interface ContractEnvironment {
  endpoint: string;
  downEndpoint: string;
}

export interface ContractState {
  name: string;
  /** The element's markup in this state (the tag with its attributes and children). */
  markup: (env: ContractEnvironment) => string;
}

export interface ElementContract {
  /**
   * Every documented state. The first one must show the element's data: it is used for the
   * theme, language and isolation checks.
   */
  states: ContractState[];
  /** The element's strings, checked for complete Spanish, English and Portuguese. */
  translations: Translations<string>;
  /** Attributes added to the element for the backend-down check (e.g. a fixed `at`). */
  downAttributes?: string;
  /**
   * Drives the first state as a citizen would (search, open an article, open the hours); the
   * Trusted Types and storage checks run it after showing that state.
   */
  interact?: (element: HTMLElement) => Promise<void>;
}

type KitElement = HTMLElement & { settled(): Promise<void>; render(): unknown; requestUpdate(): void };

const env: ContractEnvironment = { endpoint, downEndpoint };
const HOSTILE_CSS = `
  * { all: revert; }
  html body { font-size: 40px; line-height: 5; color: rgb(255, 0, 0); letter-spacing: 0.5em; word-spacing: 2em;
    text-transform: uppercase; font-style: italic; font-weight: 900; text-align: center; white-space: pre;
    font-family: "Comic Sans MS", cursive; text-indent: 30px; cursor: wait; }
  div { display: none !important; }
  a, button, span, li, ul, ol, table, td, th, details, summary, h1, h2, h3, h4, h5, h6, p, section {
    color: rgb(255, 0, 255) !important; font-size: 30px !important; background: rgb(0, 255, 0) !important;
    display: inline !important; margin: 50px !important; padding: 40px !important; border: 9px dotted red !important; }
  svg { width: 400px !important; height: 400px !important; }
`;
const COMPARED = ['display', 'visibility', 'color', 'background-color', 'font-size', 'font-family', 'font-style', 'font-weight', 'letter-spacing', 'line-height', 'text-transform', 'text-align', 'white-space', 'margin-top', 'padding-top', 'border-top-width'] as const;
const PAGE_SAMPLES = ['body', 'h1', 'article', 'p', 'a', 'div', 'button', 'ul', 'li', 'table', 'span'];

function withAttributes(markup: string, attributes: string): string {
  return attributes ? markup.replace(/^<([a-z0-9-]+)/, `<$1 ${attributes}`) : markup;
}

/** Adds a fallback paragraph (a phone link) as the element's last child. */
function withFallback(markup: string): string {
  return markup.replace(/<\/([a-z0-9-]+)>$/, '<p id="vn-fallback-probe">Llámanos al <a href="tel:010">010</a></p></$1>');
}

function shadowStyles(element: Element): string[] {
  const root = element.shadowRoot;
  if (!root) return [];
  return [...root.querySelectorAll('*')].filter((node) => node.localName !== 'style').map((node) => {
    const style = getComputedStyle(node);
    return `${node.localName}.${node.getAttribute('part') ?? ''}: ${COMPARED.map((property) => `${property}=${style.getPropertyValue(property)}`).join(' ')}`;
  });
}

function pageStyles(): string[] {
  return PAGE_SAMPLES.map((selector) => {
    const sample = document.querySelector(`#vn-page-sample ${selector}`) ?? document.querySelector(selector);
    if (!sample) return `${selector}: missing`;
    const style = getComputedStyle(sample);
    return `${selector}: ${COMPARED.map((property) => `${property}=${style.getPropertyValue(property)}`).join(' ')}`;
  });
}

function rgb(hex: string): string {
  const value = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function base(element: Element): Element {
  const part = element.shadowRoot?.querySelector('[part~="base"]');
  if (!part) throw new Error(`<${element.localName}> has no [part~="base"] wrapper`);
  return part;
}

function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function keysOf(table: Record<string, StringValue>): string[] {
  return Object.entries(table)
    .flatMap(([key, value]) => (typeof value === 'string' ? [key] : [`${key}{${Object.keys(value).includes('other') ? 'other' : 'NO-OTHER'}}`]))
    .sort();
}

/** Defines the contract tests for `tag` in the current describe block. */
export function runElementContract(tag: string, contract: ElementContract): void {
  const [main] = contract.states;
  if (!main) throw new Error('runElementContract needs at least one state');
  if (!elements.some((entry) => entry.tag === tag)) throw new Error(`<${tag}> is not in the registry of elements (packages/widgets/src/elements.ts)`);
  let storageBefore: StorageSnapshot;
  /** Nothing at all, but the IndexedDB databases another party made before the contract. */
  const untouched = (): StorageSnapshot => ({ localStorage: [], sessionStorage: [], cookie: '', indexedDB: storageBefore.indexedDB, caches: [] });
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  describe(`<${tag}> element contract`, () => {
    before(async () => {
      storageBefore = await storageSnapshot();
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    after(async () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      await useViewport('wide');
      await emulateMedia({ colorScheme: 'light' });
    });

    for (const state of contract.states) {
      it(`is accessible in state "${state.name}" (light and dark, 320 px and 1280 px)`, async () => {
        const element = await mount<KitElement>(state.markup(env));
        for (const viewport of ['wide', 'narrow'] as const) {
          await useViewport(viewport);
          for (const theme of ['light', 'dark'] as const) {
            element.setAttribute('theme', theme);
            await element.settled();
            await expectAccessible(landmarkOf(element), `${tag} "${state.name}" (${theme}, ${viewport})`);
          }
          if (viewport === 'narrow') expect(hasHorizontalOverflow(element), `"${state.name}" overflows at 320 px`).to.equal(false);
        }
        await useViewport('wide');
      });
    }

    it('leaves the host page’s computed styles, style sheets and globals unchanged', async () => {
      const sample = document.createElement('article');
      sample.id = 'vn-page-sample';
      sample.innerHTML = '<h1>Título</h1><p>Texto <a href="#x">enlace</a> <span>s</span></p><div>d</div><button type="button">b</button><ul><li>l</li></ul><table><tr><td>t</td></tr></table>';
      document.body.append(sample);
      try {
        const styles = pageStyles();
        const sheets = [document.styleSheets.length, document.adoptedStyleSheets.length, document.head.innerHTML];
        const globals = Object.keys(window).sort();
        const element = await mount<KitElement>(main.markup(env));
        expect(element.shadowRoot, 'renders into a shadow root').to.exist;
        expect(pageStyles()).to.deep.equal(styles);
        expect([document.styleSheets.length, document.adoptedStyleSheets.length, document.head.innerHTML]).to.deep.equal(sheets);
        expect(Object.keys(window).sort()).to.deep.equal(globals);
      } finally {
        sample.remove();
      }
    });

    it('is not broken by hostile page CSS', async () => {
      const clean = shadowStyles(await mount<KitElement>(main.markup(env)));
      const hostile = document.createElement('style');
      hostile.textContent = HOSTILE_CSS;
      document.head.append(hostile);
      try {
        const element = await mount<KitElement>(main.markup(env));
        expect(shadowStyles(element)).to.deep.equal(clean);
        expect(base(element).getBoundingClientRect().height, 'still has a visible box').to.be.greaterThan(0);
      } finally {
        hostile.remove();
      }
    });

    it('contains a rendering error: nothing reaches window.onerror and the fallback shows', async () => {
      const element = await mount<KitElement>(withFallback(main.markup(env)));
      const reached: unknown[] = [];
      const previous = window.onerror;
      window.onerror = (...args) => {
        reached.push(args);
        return false;
      };
      const consoleError = console.error;
      const logged: unknown[] = [];
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        element.render = () => {
          throw new Error('a rendering error the element must contain');
        };
        element.requestUpdate();
        await element.settled();
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        window.onerror = previous;
        console.error = consoleError;
      }
      expect(reached, 'window.onerror calls').to.have.length(0);
      expect(logged.length, 'logged in development builds').to.be.greaterThan(0);
      const probe = element.querySelector('#vn-fallback-probe')!;
      expect(probe.assignedSlot, 'fallback slotted').to.exist;
      expect(probe.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
    });

    it('says the backend is down, offers a retry, and shows the fallback content', async () => {
      const markup = withAttributes(main.markup({ endpoint: downEndpoint, downEndpoint }), contract.downAttributes ?? '')
        .replace(/ endpoint="[^"]*"/, ` endpoint="${downEndpoint}"`);
      const element = await mount<KitElement>(withFallback(markup));
      const probe = element.querySelector('#vn-fallback-probe')!;
      expect(probe.assignedSlot, 'fallback slotted').to.exist;
      expect(probe.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
      const retry = element.shadowRoot!.querySelector('button[part~="retry"]');
      expect(retry, 'a retry button').to.exist;
      expect(element.shadowRoot!.querySelector('[part~="unavailable-message"]')?.textContent?.trim()).to.not.equal('');
      await expectAccessible(landmarkOf(element), `${tag} backend down`);
    });

    it('has complete Spanish, English and Portuguese strings', () => {
      const spanish = keysOf(contract.translations.es);
      expect(keysOf(contract.translations.en), 'English keys').to.deep.equal(spanish);
      expect(keysOf(contract.translations.pt), 'Portuguese keys').to.deep.equal(spanish);
      expect(spanish.some((key) => key.includes('NO-OTHER')), 'every plural has "other"').to.equal(false);
    });

    it('renders different text in es, en and pt, with no missing string', async () => {
      const warnings: string[] = [];
      const consoleWarn = console.warn;
      console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
        consoleWarn.apply(console, args);
      };
      try {
        const texts: string[] = [];
        for (const lang of ['es', 'en', 'pt']) {
          const element = await mount<KitElement>(withAttributes(main.markup(env), `lang="${lang}"`));
          texts.push(visibleText(element));
        }
        expect(new Set(texts).size, 'three different texts').to.equal(3);
      } finally {
        console.warn = consoleWarn;
      }
      expect(warnings.filter((warning) => warning.includes('missing string'))).to.deep.equal([]);
    });

    it('applies the light and dark tokens, follows the system in auto, and takes --vn-* overrides', async () => {
      const element = await mount<KitElement>(main.markup(env));
      const colours = () => {
        const style = getComputedStyle(base(element));
        return [style.backgroundColor, style.color];
      };
      expect(colours(), 'light').to.deep.equal([rgb(lightColors.background), rgb(lightColors.text)]);
      element.setAttribute('theme', 'dark');
      await element.settled();
      expect(colours(), 'dark').to.deep.equal([rgb(darkColors.background), rgb(darkColors.text)]);
      element.setAttribute('theme', 'auto');
      await element.settled();
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(), 'auto in a dark system').to.deep.equal([rgb(darkColors.background), rgb(darkColors.text)]);
      await emulateMedia({ colorScheme: 'light' });
      expect(colours(), 'auto in a light system').to.deep.equal([rgb(lightColors.background), rgb(lightColors.text)]);
      const tokens = document.createElement('style');
      tokens.textContent = `${tag} { --vn-color-background: rgb(1, 2, 3); --vn-dark-color-text: rgb(4, 5, 6); }`;
      document.head.append(tokens);
      try {
        expect(colours()[0], 'global token override').to.equal('rgb(1, 2, 3)');
        element.setAttribute('theme', 'dark');
        await element.settled();
        expect(colours()[1], 'dark token override').to.equal('rgb(4, 5, 6)');
      } finally {
        tokens.remove();
      }
    });

    it('stays readable in forced colours, as rendered: system colours only, and a visible focus ring', async () => {
      await emulateMedia({ forcedColors: 'active' });
      try {
        expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
        const element = await mount<KitElement>(main.markup(env));
        expect(foreignColours(element.shadowRoot!), 'colours that are not the system’s').to.deep.equal([]);
        const style = getComputedStyle(base(element));
        expect(style.color, 'text and its background differ').to.not.equal(style.backgroundColor);
        (deepActiveElement() as HTMLElement | null)?.blur();
        const focused = await tabUntil((node) => element.shadowRoot!.contains(node));
        const ring = focusRing(focused);
        expect(ring.style, `focus ring of <${focused.localName}>`).to.not.equal('none');
        expect(ring.width, 'focus ring width').to.be.at.least(1);
        expect(ring.colour, 'focus ring colour').to.not.match(/rgba\([^)]*,\s*0\)$/).and.not.equal(ring.background);
      } finally {
        await emulateMedia({ forcedColors: 'none' });
      }
    });

    it('shows every state on a page enforcing Trusted Types with no violation, and its interaction too', async function () {
      this.timeout(30_000 + 3_000 * contract.states.length);
      const page = await TrustedTypesPage.open(tag);
      try {
        const violations: string[] = [];
        for (const state of contract.states) {
          const element = await page.show(state.markup(env));
          expect(element.shadowRoot?.querySelector('[part~="base"]'), `"${state.name}" rendered`).to.exist;
          if (state === main) await contract.interact?.(element);
          violations.push(...(await page.takeViolations()).map((violation) => `"${state.name}": ${violation}`));
        }
        expect(violations).to.deep.equal([]);
      } finally {
        page.close();
      }
    });

    it('writes nothing to the browser’s storage in any state: local, session, IndexedDB, cookies, caches', async function () {
      this.timeout(30_000 + 3_000 * contract.states.length);
      for (const state of contract.states) {
        const element = await mount<KitElement>(state.markup(env));
        if (state === main) await contract.interact?.(element);
      }
      expect(await storageSnapshot()).to.deep.equal(untouched());
    });

    it('let no error reach window.onerror during the contract', async () => {
      await settle(document.body);
      expect(errors).to.deep.equal([]);
    });

    it('wrote nothing to the browser’s storage during the contract', async () => {
      expect(await storageSnapshot()).to.deep.equal(untouched());
    });
  });
}
