import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { expectAccessible } from '../../../../test/browser/helpers/axe.ts';
import { runElementContract } from '../../../../test/browser/helpers/element-contract.ts';
import { downEndpoint, endpoint, testSite } from '../../../../test/browser/helpers/env.ts';
import { deepActiveElement, press, tabUntil } from '../../../../test/browser/helpers/keyboard.ts';
import { landmarkOf, mount } from '../../../../test/browser/helpers/mount.ts';
import { goOffline, goOnline } from '../../../../test/browser/helpers/network.ts';
import { hasHorizontalOverflow, useViewport } from '../../../../test/browser/helpers/viewport.ts';
import { announcerElement } from '../core/announcer.ts';
import type { ArticleOpenEvent, FeedbackEvent, SearchEvent } from './events.ts';
import type { FaqSearch } from './faq-search.ts';
import { renderHits } from './result-lists.ts';
import { faqSearchStrings } from './strings.ts';
import en from './strings.en.ts';
import pt from './strings.pt.ts';
import './define.ts';

// Real answers from the test site seeded for these tests (test/fixtures/sites/pruebas.json), not
// the demo's tuned corpus: a query of an article's own words finds it. `baja-padron` exists only
// in Spanish; `impuesto-vehiculos` (in both) has a table and links.
const SPANISH_ONLY = 'baja-padron';
// Words no article of the test site has.
const NOTHING_FITS = 'receta de la tortilla de patatas';
// Another body's business, a phrase of the test site's referral list.
const REFERRED = 'renovar el pasaporte';

const faq = (attributes: string, children = '') => `<vn-faq-search site="${testSite}" ${attributes}>${children}</vn-faq-search>`;
const shadow = (element: Element) => element.shadowRoot!;
const part = <T extends Element = HTMLElement>(element: Element, name: string) => shadow(element).querySelector<T>(`[part~="${name}"]`);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const input = (element: Element) => shadow(element).querySelector<HTMLInputElement>('#query')!;
const resultIds = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('[part~="results"] [data-article]')].map((each) => each.dataset.article);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Focuses the box, selects what is in it and types over it with real key presses. */
async function typeQuery(element: FaqSearch, query: string): Promise<void> {
  input(element).focus();
  input(element).select();
  await sendKeys({ type: query });
  await element.settled();
}

/** What the page's live region says (it is filled a moment after `announce`). */
async function announced(): Promise<string> {
  await sleep(150);
  return text(announcerElement()?.querySelector('[data-vn-live="polite"]'));
}

/** axe in light and dark at 320 and 1280 px, and no sideways scroll at 320 px: for states reached by interaction. */
async function expectAccessibleEverywhere(element: FaqSearch, label: string): Promise<void> {
  try {
    for (const viewport of ['wide', 'narrow'] as const) {
      await useViewport(viewport);
      for (const theme of ['light', 'dark'] as const) {
        element.setAttribute('theme', theme);
        await element.settled();
        await expectAccessible(landmarkOf(element), `vn-faq-search "${label}" (${theme}, ${viewport})`);
      }
      if (viewport === 'narrow') expect(hasHorizontalOverflow(element), `"${label}" overflows at 320 px`).to.equal(false);
    }
  } finally {
    element.removeAttribute('theme');
    await useViewport('wide');
  }
}

/** Requests the page made to a path of the API since `since` (resource timing). */
function requestsTo(path: string, since: number): string[] {
  return performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since && new URL(entry.name).pathname === path)
    .map((entry) => entry.name);
}

async function openFirstResult(element: FaqSearch): Promise<HTMLElement> {
  const link = shadow(element).querySelector<HTMLElement>('[part~="results"] [data-article]')!;
  link.click();
  await element.settled();
  return link;
}

describe('<vn-faq-search>', () => {
  before(() => performance.setResourceTimingBufferSize(5000));

  runElementContract('vn-faq-search', {
    translations: { es: faqSearchStrings.es, en, pt },
    states: [
      // First: its data does not wait for the element to be seen (the isolation checks compare it).
      { name: 'results', markup: (env) => faq(`endpoint="${env.endpoint}" query="como me empadrono"`) },
      { name: 'empty box: most read and topics', markup: (env) => faq(`endpoint="${env.endpoint}"`) },
      { name: 'results as links (url-fragment)', markup: (env) => faq(`endpoint="${env.endpoint}" url-fragment query="punto limpio"`) },
      { name: 'no results, with the channels', markup: (env) => faq(`endpoint="${env.endpoint}" query="${NOTHING_FITS}" contact-href="https://villaverdedelrio.example/contacto"`) },
      { name: 'no results, referred to another body', markup: (env) => faq(`endpoint="${env.endpoint}" query="${REFERRED}" contact-href="https://villaverdedelrio.example/contacto"`) },
      {
        name: 'no results, with the integrator’s contact content',
        markup: (env) => faq(`endpoint="${env.endpoint}" query="${NOTHING_FITS}"`, '<p slot="contact">Llama al <a href="tel:010">010</a>.</p>'),
      },
      { name: 'article open', markup: (env) => faq(`endpoint="${env.endpoint}" article="alta-padron"`) },
      { name: 'article with a table and links', markup: (env) => faq(`endpoint="${env.endpoint}" article="impuesto-vehiculos"`) },
      { name: 'article in Spanish for an English reader', markup: (env) => faq(`endpoint="${env.endpoint}" lang="en" article="${SPANISH_ONLY}"`) },
      { name: 'article not found', markup: (env) => faq(`endpoint="${env.endpoint}" article="no-existe-este-articulo"`) },
      { name: 'topic', markup: (env) => faq(`endpoint="${env.endpoint}" topic="medio-ambiente"`) },
      { name: 'search within a topic', markup: (env) => faq(`endpoint="${env.endpoint}" topic="tributos" query="recibo"`) },
      { name: 'backend down, with fallback', markup: (env) => faq(`endpoint="${env.downEndpoint}"`, '<p><a href="tel:010">Llama al 010</a></p>') },
      { name: 'search with the backend down', markup: (env) => faq(`endpoint="${env.downEndpoint}" query="padron"`, '<p><a href="tel:010">Llama al 010</a></p>') },
      { name: 'English', markup: (env) => faq(`endpoint="${env.endpoint}" lang="en" query="register as a resident"`) },
      { name: 'Portuguese', markup: (env) => faq(`endpoint="${env.endpoint}" lang="pt"`) },
      { name: 'right to left', markup: (env) => faq(`endpoint="${env.endpoint}" dir="rtl" query="multa"`) },
      { name: 'dark', markup: (env) => faq(`endpoint="${env.endpoint}" theme="dark" query="empadronamiento"`) },
      { name: 'long query', markup: (env) => faq(`endpoint="${env.endpoint}" query="${'Me he quedado sin trabajo, tengo dos hijos y no llego a pagar el alquiler de este mes; me da mucho miedo que nos echen del piso'}"`) },
    ],
    // Opens the first result: its Markdown goes through marked and DOMPurify, the Trusted Types path.
    interact: async (element) => {
      const search = element as FaqSearch;
      search.shadowRoot!.querySelector<HTMLElement>('[part~="results"] [data-article]')!.click();
      await search.settled();
      const body = search.shadowRoot!.querySelector('[part~="article-body"]');
      if (!body?.textContent?.trim()) throw new Error('the first result did not open as an article');
    },
  });

  describe('states reached by interaction are accessible (light and dark, 320 and 1280 px)', () => {
    it('feedback: yes, then thanks', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="cita-previa"`));
      await expectAccessibleEverywhere(element, 'feedback asked');
      shadow(element).querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
      await element.settled();
      expect(text(part(element, 'feedback-thanks'))).to.equal('Gracias por tu respuesta.');
      await expectAccessibleEverywhere(element, 'feedback yes');
    });

    it('feedback: no, the comment form, then thanks', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="punto-limpio"`));
      shadow(element).querySelector<HTMLButtonElement>('[data-answer="no"]')!.click();
      await element.settled();
      await expectAccessibleEverywhere(element, 'feedback no: why');
      part<HTMLTextAreaElement>(element, 'comment')!.value = 'Faltan los horarios de verano.';
      part<HTMLButtonElement>(element, 'feedback-send')!.click();
      await element.settled();
      expect(text(part(element, 'feedback-thanks'))).to.equal('Gracias. Tu opinión nos ayuda a mejorar esta respuesta.');
      await expectAccessibleEverywhere(element, 'feedback no: thanks');
    });

    it('offline after results: the notice, and the results kept', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="punto limpio"`));
      goOffline();
      try {
        await element.settled();
        expect(text(part(element, 'connection-notice'))).to.contain('No hay conexión a internet');
        await expectAccessibleEverywhere(element, 'offline with results');
      } finally {
        goOnline();
      }
    });
  });

  describe('search', () => {
    it('finds the right article first for the way citizens write', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const cases: [string, string[]][] = [
        ['como me empadrono', ['alta-padron']],
        ['certifcado empadronamiento', ['certificado-empadronamiento-individual', 'certificado-empadronamiento-colectivo']],
        ['me han puesto una multa y creo que es injusta', ['recurso-multa-trafico']],
        ['punto limp', ['punto-limpio']],
      ];
      for (const [query, acceptable] of cases) {
        await typeQuery(element, query);
        expect(acceptable, `first result for "${query}" (got ${resultIds(element).join(', ')})`).to.include(resultIds(element)[0]);
      }
    });

    it('says "No hemos encontrado nada" with the ways to reach a person, not a list of poor matches', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" contact-href="https://villaverdedelrio.example/contacto"`));
      const since = performance.now();
      await typeQuery(element, NOTHING_FITS);
      expect(resultIds(element)).to.deep.equal([]);
      expect(text(part(element, 'no-results'))).to.contain('No hemos encontrado nada');
      const phone = shadow(element).querySelector<HTMLAnchorElement>('[part~="channel-link"][href="tel:010"]');
      expect(phone, 'the phone channel, from /v1/channels').to.exist;
      expect(part<HTMLAnchorElement>(element, 'contact-page')!.href).to.equal('https://villaverdedelrio.example/contacto');
      expect(requestsTo('/v1/channels', since), 'channels fetched once, when shown').to.have.length(1);
      expect(await announced()).to.equal('Ningún resultado');
    });

    it('says who handles another body’s business, links to it, and still offers a person', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" contact-href="https://villaverdedelrio.example/contacto"`));
      await typeQuery(element, REFERRED);
      expect(resultIds(element)).to.deep.equal([]);
      const noResults = part(element, 'no-results')!;
      expect(text(noResults)).to.contain('No hemos encontrado nada');
      const referral = part(element, 'referral')!;
      expect(text(referral)).to.contain('Quién lo gestiona: Policía Nacional');
      expect(text(referral)).to.contain('pasaporte');
      const link = part<HTMLAnchorElement>(element, 'referral-link')!;
      expect(link.href).to.equal('https://www.citapreviadnie.es/');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(text(link)).to.equal('Su web: Policía Nacional');
      expect(text(noResults)).to.contain('habla con una persona');
      expect(shadow(element).querySelector('[part~="channel-link"][href="tel:010"]'), 'the phone channel, from /v1/channels').to.exist;
      expect(part<HTMLAnchorElement>(element, 'contact-page')!.href).to.equal('https://villaverdedelrio.example/contacto');
      expect(await announced()).to.equal('Ningún resultado. Esto no se tramita aquí. Quién lo gestiona: Policía Nacional.');
      await expectAccessibleEverywhere(element, 'referred to another body');
      // A search the site answers itself shows no referral.
      await typeQuery(element, 'empadronamiento');
      expect(part(element, 'referral')).to.equal(null);
    });

    it('fetches no channels while results are found, nor when the integrator gives contact content', async () => {
      const since = performance.now();
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="padron"`, '<p slot="contact" id="own">Pregunta en el 010</p>'));
      expect(resultIds(element).length).to.be.greaterThan(0);
      await typeQuery(element, NOTHING_FITS);
      expect(element.querySelector('#own')!.assignedSlot).to.exist;
      expect(requestsTo('/v1/channels', since)).to.deep.equal([]);
    });

    it('announces the count without moving focus, and fires vn-search', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const searches: SearchEvent['detail'][] = [];
      element.addEventListener('vn-search', (event) => searches.push(event.detail));
      await typeQuery(element, 'empadronamiento');
      const count = resultIds(element).length;
      expect(count).to.be.greaterThan(1);
      expect(await announced()).to.equal(`${count} resultados`);
      expect(text(part(element, 'status'))).to.equal(`${count} resultados`);
      expect(deepActiveElement()).to.equal(input(element));
      expect(searches.at(-1)).to.deep.equal({ query: 'empadronamiento', count });
    });

    it('waits for a pause in typing: one request for a quickly typed query', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const since = performance.now();
      await typeQuery(element, 'punto limp');
      const searches = requestsTo('/v1/faq/search', since);
      expect(searches, searches.join('\n')).to.have.length(1);
      expect(new URL(searches[0]!).searchParams.get('q')).to.equal('punto limp');
    });

    it('cancels a stale request, and a late stale answer never replaces newer results', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const realFetch = window.fetch;
      const staleSignals: AbortSignal[] = [];
      // The real server answers; the answer for "multa" is handed over late and ignores
      // cancellation, like a response that was already on its way.
      window.fetch = async (resource, init) => {
        const url = new URL(String(resource));
        if (url.pathname === '/v1/faq/search' && url.searchParams.get('q') === 'multa') {
          if (init?.signal) staleSignals.push(init.signal);
          const response = await realFetch(resource, { ...init, signal: null });
          await sleep(700);
          return response;
        }
        return realFetch(resource, init);
      };
      const events: SearchEvent['detail'][] = [];
      element.addEventListener('vn-search', (event) => events.push(event.detail));
      try {
        input(element).focus();
        await sendKeys({ type: 'multa' });
        await sleep(400); // the search for "multa" is on its way
        expect(staleSignals, 'the first search started').to.have.length(1);
        input(element).select();
        await sendKeys({ type: 'punto limpio' });
        await element.settled(); // includes the late answer for "multa"
        await sleep(100);
        expect(staleSignals[0]!.aborted, 'the stale request was cancelled').to.equal(true);
        expect(resultIds(element)[0]).to.match(/^punto-limpio/);
        expect(text(shadow(element).querySelector('#results-heading'))).to.equal('Resultados para «punto limpio»');
        expect(events.map((event) => event.query)).to.deep.equal(['punto limpio']);
        expect(await announced()).to.match(/^\d+ resultados?$/);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('marks matched words with <mark> and renders server text as text', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="punto limpio"`));
      const marks = [...shadow(element).querySelectorAll('[part~="snippet"] mark')].map((mark) => text(mark).toLowerCase());
      expect(marks.length).to.be.greaterThan(0);
      expect(marks.some((word) => word.includes('punto') || word.includes('limpio'))).to.equal(true);

      const hostile = document.createElement('div');
      document.body.append(hostile);
      try {
        render(
          renderHits(
            [{ id: 'x', title: '<img src=x onerror="window.hacked=1">Título', topic: 't', score: 1, confidence: 'high', snippet: [{ text: '<b>negrita</b> y ', match: false }, { text: '<script>alert(1)</script>', match: true }] }],
            { asLinks: false, onOpen: () => undefined, languageName: (lang) => lang },
            false,
          ),
          hostile,
        );
        expect(hostile.querySelector('img, b, script')).to.equal(null);
        expect(text(hostile.querySelector('[part~="article-link"]'))).to.equal('<img src=x onerror="window.hacked=1">Título');
        expect(hostile.querySelector('mark')!.textContent).to.equal('<script>alert(1)</script>');
      } finally {
        hostile.remove();
      }
    });

    it('shows a typed query as text', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const searches: SearchEvent['detail'][] = [];
      element.addEventListener('vn-search', (event) => searches.push(event.detail));
      await typeQuery(element, '<img src=x onerror=alert(1)>');
      expect(shadow(element).querySelector('img')).to.equal(null);
      expect(searches.at(-1)?.query).to.equal('<img src=x onerror=alert(1)>');
      await typeQuery(element, 'multa <b>');
      expect(shadow(element).querySelector('b')).to.equal(null);
      expect(input(element).value).to.equal('multa <b>');
    });

    it('searches within a preselected topic, and all topics on request', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" topic="tributos"`));
      expect(text(part(element, 'topic-filter'))).to.contain('Tributos');
      const since = performance.now();
      await typeQuery(element, 'recibo');
      expect(new URL(requestsTo('/v1/faq/search', since)[0]!).searchParams.get('topic')).to.equal('tributos');
      part<HTMLButtonElement>(element, 'clear-topic')!.click();
      await element.settled();
      expect(part(element, 'topic-filter')).to.equal(null);
      expect(new URL(requestsTo('/v1/faq/search', since).at(-1)!).searchParams.get('topic')).to.equal(null);
      expect(deepActiveElement()).to.equal(input(element));
    });

    it('clearing the box goes back to the most read and the topics', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="ibi"`));
      expect(resultIds(element).length).to.be.greaterThan(0);
      input(element).focus();
      input(element).select();
      await press('Backspace');
      await element.settled();
      expect(part(element, 'results')).to.equal(null);
      expect(shadow(element).querySelector('#popular-heading')).to.exist;
      expect(part(element, 'topics')).to.exist;
      expect(text(part(element, 'status'))).to.equal('');
    });
  });

  describe('empty box', () => {
    it('makes no request before the element nears the viewport; then loads the most read and the topics', async () => {
      // A tall block pushes the element far below the fold (a stylesheet rule, no inline style).
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.vn-test-far { block-size: 5000px; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const since = performance.now();
      try {
        const holder = await mount(`<div><div class="vn-test-far"></div>${faq(`endpoint="${endpoint}"`)}</div>`);
        const element = holder.querySelector<FaqSearch>('vn-faq-search')!;
        await element.settled();
        await sleep(200);
        expect(requestsTo('/v1/faq/articles', since), 'nothing before it is needed').to.deep.equal([]);
        expect(requestsTo('/v1/faq/topics', since)).to.deep.equal([]);
        element.scrollIntoView();
        await sleep(100);
        await element.settled();
        expect(requestsTo('/v1/faq/articles', since)).to.have.length(1);
        expect(requestsTo('/v1/faq/topics', since)).to.have.length(1);
        expect(shadow(element).querySelectorAll('[data-list="popular"]').length).to.be.greaterThan(0);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
        window.scrollTo(0, 0);
      }
    });

    it('loads the empty box’s data on focus, even before it is seen', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.vn-test-far { block-size: 5000px; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const since = performance.now();
      try {
        const holder = await mount(`<div><div class="vn-test-far"></div>${faq(`endpoint="${endpoint}"`)}</div>`);
        const element = holder.querySelector<FaqSearch>('vn-faq-search')!;
        input(element).focus({ preventScroll: true });
        await element.settled();
        expect(requestsTo('/v1/faq/topics', since)).to.have.length(1);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
        window.scrollTo(0, 0);
      }
    });

    it('browses by topic: a topic’s articles, and back to all topics with focus returned', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      const topic = shadow(element).querySelector<HTMLButtonElement>('[data-topic="padron"]')!;
      expect(text(topic)).to.match(/preguntas/);
      topic.click();
      await element.settled();
      await sleep(0);
      expect(deepActiveElement()).to.equal(shadow(element).querySelector('#topic-heading'));
      const ids = [...shadow(element).querySelectorAll<HTMLElement>('[data-list="topic"]')].map((each) => each.dataset.article);
      expect(ids).to.include('alta-padron');
      expect(ids).to.include(SPANISH_ONLY);
      await expectAccessibleEverywhere(element, 'topic chosen');
      const back = performance.now();
      part<HTMLButtonElement>(element, 'clear-topic')!.click();
      await element.settled();
      await sleep(0);
      expect(deepActiveElement()).to.equal(shadow(element).querySelector('[data-topic="padron"]'));
      expect(shadow(element).querySelectorAll('[data-list="popular"]').length, 'the most read again').to.be.greaterThan(0);
      expect(requestsTo('/v1/faq/articles', back), 'without asking for them again').to.deep.equal([]);
    });

    it('an English reader sees Spanish-only titles marked as Spanish', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" lang="en" topic="padron"`));
      const spanish = shadow(element).querySelector(`[data-article="${SPANISH_ONLY}"]`)!;
      expect(spanish.querySelector('[lang="es"]')).to.exist;
      expect(text(spanish)).to.contain('(Spanish)');
    });
  });

  describe('keyboard', () => {
    it('types, goes down into the results, opens with Enter, and Escape returns to the box with the text kept', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      await typeQuery(element, 'certificado empadronamiento');
      const items = [...shadow(element).querySelectorAll<HTMLElement>('[part~="results"] [data-article]')];
      expect(items.length).to.be.greaterThan(1);
      await press('ArrowDown');
      expect(deepActiveElement()).to.equal(items[0]);
      await press('ArrowDown');
      expect(deepActiveElement()).to.equal(items[1]);
      await press('ArrowUp');
      expect(deepActiveElement()).to.equal(items[0]);
      await press('Escape');
      expect(deepActiveElement()).to.equal(input(element));
      expect(input(element).value).to.equal('certificado empadronamiento');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('Enter');
      await element.settled();
      const title = part(element, 'article-title')!;
      expect(deepActiveElement()).to.equal(title);
      expect(text(title)).to.equal(text(items[1]));
      await press('Escape');
      await element.settled();
      expect(deepActiveElement()).to.equal(shadow(element).querySelector(`[data-article="${items[1]!.dataset.article}"]`));
      await press('ArrowUp');
      await press('ArrowUp');
      expect(deepActiveElement()).to.equal(input(element));
      expect(input(element).value).to.equal('certificado empadronamiento');
    });

    it('the back button returns focus to the result that opened the article', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="punto limpio"`));
      const opener = await openFirstResult(element);
      const back = part<HTMLButtonElement>(element, 'back')!;
      expect(text(back)).to.contain('Volver a los resultados');
      back.focus();
      await press('Enter');
      await element.settled();
      expect(deepActiveElement()).to.equal(shadow(element).querySelector(`[data-article="${opener.dataset.article}"]`));
    });

    it('Tab goes through the box, the button and the results in order', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="cita previa"`));
      const first = await tabUntil((focused) => focused === input(element));
      expect(first).to.equal(input(element));
      await press('Tab');
      expect(deepActiveElement()).to.equal(part(element, 'submit'));
      await press('Tab');
      expect(deepActiveElement()).to.equal(shadow(element).querySelector('[part~="results"] [data-article]'));
    });

    it('Enter in the box searches at once', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      input(element).focus();
      await sendKeys({ type: 'zona azul' });
      await press('Enter');
      await element.settled();
      expect(resultIds(element)).to.include('zona-azul');
    });
  });

  describe('articles', () => {
    it('renders the Markdown body (lists, tables, links) in the element’s styles and fires vn-article-open', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="impuesto de vehiculos"`), {});
      const opened: ArticleOpenEvent['detail'][] = [];
      element.addEventListener('vn-article-open', (event) => opened.push(event.detail));
      const link = shadow(element).querySelector<HTMLElement>('[data-article="impuesto-vehiculos"]')!;
      link.click();
      await element.settled();
      const body = part(element, 'article-body')!;
      expect(body.classList.contains('vn-md')).to.equal(true);
      expect(body.querySelector('table')).to.exist;
      expect(body.querySelector('.vn-md-table')!.getAttribute('aria-label')).to.equal('Tabla');
      expect(body.querySelector('ul, ol')).to.exist;
      const anchor = body.querySelector('a[href^="https://"]')!;
      expect(anchor.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(getComputedStyle(anchor).color).to.equal('rgb(11, 87, 164)');
      expect(opened).to.deep.equal([{ id: 'impuesto-vehiculos', title: text(part(element, 'article-title')) }]);
      expect(part(element, 'article-title')!.localName).to.equal('h2');
      expect(body.querySelector('h1, h2')).to.equal(null);
    });

    it('puts its headings at heading-level, and the article’s own headings below its title', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" heading-level="3" article="alta-padron"`));
      expect(part(element, 'article-title')!.localName).to.equal('h3');
      const inner = [...part(element, 'article-body')!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => heading.localName);
      expect(inner.every((name) => name >= 'h4'), inner.join(', ')).to.equal(true);
      const results = await mount<FaqSearch>(faq(`endpoint="${endpoint}" heading-level="4" query="padron"`));
      expect(shadow(results).querySelector('#results-heading')!.localName).to.equal('h4');
    });

    it('says when an article is shown in Spanish because the translation is missing', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" lang="en" article="${SPANISH_ONLY}"`));
      expect(text(part(element, 'language-notice'))).to.equal('This article is not available in English; it is shown in Spanish.');
      expect(part(element, 'article-body')!.lang).to.equal('es');
      const portuguese = await mount<FaqSearch>(faq(`endpoint="${endpoint}" lang="pt" article="alta-padron"`));
      expect(text(part(portuguese, 'language-notice'))).to.equal('Este artigo não está disponível em português; é apresentado em espanhol.');
      const english = await mount<FaqSearch>(faq(`endpoint="${endpoint}" lang="en" article="alta-padron"`));
      expect(part(english, 'language-notice')).to.equal(null);
      expect(part(english, 'article-body')!.lang).to.equal('en');
    });

    it('opens by the article attribute without taking focus', async () => {
      const outside = document.createElement('button');
      outside.textContent = 'fuera';
      document.body.append(outside);
      outside.focus();
      try {
        const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="punto-limpio"`));
        expect(text(part(element, 'article-title'))).to.not.equal('');
        expect(document.activeElement).to.equal(outside);
        expect(text(part(element, 'back'))).to.contain('Volver a las preguntas');
      } finally {
        outside.remove();
      }
    });

    it('with url-fragment: opens #vn-article=<id>, writes it, and follows back and forward', async () => {
      const start = location.href;
      history.replaceState(null, '', '#vn-article=punto-limpio');
      try {
        const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" url-fragment`));
        expect(text(part(element, 'article-title'))).to.contain('punto limpio');
        part<HTMLButtonElement>(element, 'back')!.click();
        await element.settled();
        expect(location.hash).to.equal('');
        expect(part(element, 'article')).to.equal(null);
        const popular = shadow(element).querySelector<HTMLAnchorElement>('a[data-list="popular"]')!;
        expect(popular.getAttribute('href')).to.equal(`#vn-article=${popular.dataset.article}`);
        popular.click();
        await element.settled();
        expect(location.hash).to.equal(`#vn-article=${popular.dataset.article}`);
        history.back();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        await element.settled();
        expect(part(element, 'article')).to.equal(null);
        history.back();
        await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        await element.settled();
        expect(location.hash).to.equal('#vn-article=punto-limpio');
        expect(text(part(element, 'article-title'))).to.contain('punto limpio');
        location.hash = '#vn-article=cita-previa';
        await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
        await element.settled();
        expect(part(element, 'article-title')!.closest('article')).to.exist;
        expect(text(part(element, 'article-title')).toLowerCase()).to.contain('cita previa');
      } finally {
        history.replaceState(null, '', start);
      }
    });

    it('typing in the box while an article is open goes back to the results', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="cita-previa"`));
      await typeQuery(element, 'ibi');
      expect(part(element, 'article')).to.equal(null);
      expect(resultIds(element).length).to.be.greaterThan(0);
    });
  });

  describe('was this helpful?', () => {
    it('yes: stored once, thanks take focus, vn-feedback fires', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="alta-padron"`));
      const answers: FeedbackEvent['detail'][] = [];
      element.addEventListener('vn-feedback', (event) => answers.push(event.detail));
      expect(text(part(element, 'feedback-question'))).to.equal('¿Te ha resultado útil?');
      shadow(element).querySelector<HTMLButtonElement>('[data-answer="yes"]')!.focus();
      await press('Enter');
      await element.settled();
      expect(answers).to.deep.equal([{ articleId: 'alta-padron', helpful: true }]);
      expect(deepActiveElement()).to.equal(part(element, 'feedback-thanks'));
    });

    it('no: asks why, warns about personal data, and sends the comment', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="zona-azul"`));
      const answers: FeedbackEvent['detail'][] = [];
      element.addEventListener('vn-feedback', (event) => answers.push(event.detail));
      shadow(element).querySelector<HTMLButtonElement>('[data-answer="no"]')!.click();
      await element.settled();
      await sleep(0);
      const comment = part<HTMLTextAreaElement>(element, 'comment')!;
      expect(deepActiveElement()).to.equal(comment);
      expect(text(part(element, 'privacy-warning'))).to.contain('No escribas datos personales');
      expect(comment.getAttribute('aria-describedby')).to.equal('privacy');
      await sendKeys({ type: 'No dice qué hacer de noche.' });
      await press('Tab');
      await press('Enter');
      await element.settled();
      expect(answers).to.deep.equal([{ articleId: 'zona-azul', helpful: false }]);
      expect(text(part(element, 'feedback-thanks'))).to.contain('Gracias');
    });

    it('reuses one Idempotency-Key for every retry of an answer', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="recogida-muebles-enseres"`));
      const realFetch = window.fetch;
      const keys: string[] = [];
      let failing = true;
      // The network drops the feedback requests until `failing` is cleared; then the real server answers.
      window.fetch = async (resource, init) => {
        const url = new URL(String(resource));
        if (url.pathname.endsWith('/feedback')) {
          keys.push(new Headers(init?.headers).get('Idempotency-Key') ?? '');
          if (failing) throw new TypeError('Failed to fetch');
        }
        return realFetch(resource, init);
      };
      try {
        shadow(element).querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
        await element.settled();
        expect(text(part(element, 'feedback-error'))).to.equal('No hemos podido enviar tu respuesta.');
        expect(deepActiveElement()).to.equal(part(element, 'feedback-retry'));
        await expectAccessible(landmarkOf(element), 'vn-faq-search "feedback failed"');
        failing = false;
        part<HTMLButtonElement>(element, 'feedback-retry')!.click();
        await element.settled();
      } finally {
        window.fetch = realFetch;
      }
      expect(text(part(element, 'feedback-thanks'))).to.equal('Gracias por tu respuesta.');
      expect(keys.length, 'automatic retries, then the reader’s').to.be.greaterThan(2);
      expect(new Set(keys).size, 'one key').to.equal(1);
      expect(keys[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('offline and backend down', () => {
    it('offline: keeps the results and the open article readable, and searches again when back online', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="ibi"`));
      const kept = resultIds(element);
      goOffline();
      try {
        await typeQuery(element, 'plusvalia');
        expect(resultIds(element), 'the earlier results stay').to.deep.equal(kept);
        expect(text(part(element, 'connection-notice'))).to.contain('No hay conexión a internet. Lo que ya estaba cargado sigue disponible.');
      } finally {
        goOnline();
      }
      await element.settled();
      expect(part(element, 'connection-notice')).to.equal(null);
      expect(resultIds(element)).to.include('plusvalia-municipal');
    });

    it('going offline is announced: what stays readable, or that nothing could load yet', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="ibi"`));
      goOffline();
      try {
        expect(await announced()).to.equal('No hay conexión a internet. Lo que ya estaba cargado sigue disponible.');
      } finally {
        goOnline();
      }
      element.remove();
      // The backend never answered: there is nothing to keep.
      await mount<FaqSearch>(faq(`endpoint="${downEndpoint}"`));
      goOffline();
      try {
        expect(await announced()).to.equal('No hay conexión a internet. Lo intentaremos de nuevo cuando vuelva.');
      } finally {
        goOnline();
      }
    });

    it('offline with an article open: the article stays', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" article="cita-previa"`));
      goOffline();
      await element.settled();
      expect(text(part(element, 'connection-notice'))).to.contain('sigue disponible');
      expect(part(element, 'article-body')!.textContent!.length).to.be.greaterThan(100);
      goOnline();
      await element.settled();
      expect(part(element, 'connection-notice')).to.equal(null);
    });

    it('backend down after results: says so, keeps them, and retries on request', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="padron"`));
      const kept = resultIds(element);
      element.setAttribute('endpoint', downEndpoint);
      await element.settled();
      expect(resultIds(element)).to.deep.equal(kept);
      const notice = part(element, 'connection-notice')!;
      expect(text(notice)).to.contain('El buscador no responde ahora mismo.');
      await expectAccessibleEverywhere(element, 'backend down after results');
      element.setAttribute('endpoint', endpoint);
      await element.settled();
      expect(part(element, 'connection-notice')).to.equal(null);
    });

    it('without any endpoint, shows only its fallback, with no retry', async () => {
      const consoleWarn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const element = await mount<FaqSearch>(faq('', '<p id="fallback">Llama al 010</p>'));
        expect(element.querySelector('#fallback')!.assignedSlot).to.exist;
        expect(shadow(element).querySelector('input')).to.equal(null);
        expect(part(element, 'retry')).to.equal(null);
      } finally {
        console.warn = consoleWarn;
      }
      expect(warnings.some((warning) => warning.includes('has no endpoint'))).to.equal(true);
    });

    it('while the lists or the results load, screen readers hear that they are loading', async () => {
      for (const [markup, said] of [
        [faq(`endpoint="${endpoint}"`), 'Cargando…'],
        [faq(`endpoint="${endpoint}" query="padron"`), 'Buscando…'],
      ] as const) {
        const element = await mount<FaqSearch>(markup, { settle: false });
        await element.updateComplete;
        const loading = part(element, 'loading')!;
        expect(loading.getAttribute('role')).to.equal('status');
        expect(text(loading)).to.equal(said);
        await element.settled();
      }
    });

    it('moved in the page while loading, it loads again', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="punto limpio"`), { settle: false });
      await element.updateComplete;
      const elsewhere = document.createElement('div');
      element.parentElement!.append(elsewhere);
      elsewhere.append(element);
      await element.settled();
      expect(resultIds(element)[0]).to.match(/^punto-limpio/);
    });

    it('search with the backend down and nothing loaded: the message, retry and the fallback', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${downEndpoint}" query="padron"`, '<p id="fallback">Llama al 010</p>'));
      expect(text(part(element, 'unavailable-message'))).to.equal('El buscador no responde ahora mismo.');
      expect(element.querySelector('#fallback')!.assignedSlot).to.exist;
      expect(part(element, 'retry')).to.exist;
    });
  });

  describe('language, theme and layout', () => {
    it('follows the nearest ancestor’s lang and the plural rules', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="certificado empadronamiento"`), { attributes: { lang: 'pt-PT' } });
      expect(text(part(element, 'label'))).to.equal('Pesquise nas perguntas frequentes');
      expect(text(part(element, 'status'))).to.match(/^\d+ resultados$/);
    });

    it('always shows a real label and no placeholder', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
      expect(input(element).labels![0]!.textContent).to.equal('Busca en las preguntas frecuentes');
      expect(input(element).hasAttribute('placeholder')).to.equal(false);
      expect(input(element).type).to.equal('search');
    });

    it('keeps the status line’s height, so "Buscando…" shifts nothing', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" query="padron"`));
      const status = part(element, 'status')!;
      const height = status.getBoundingClientRect().height;
      input(element).focus();
      input(element).select();
      await press('Backspace');
      await element.updateComplete;
      expect(status.getBoundingClientRect().height).to.equal(height);
      expect(height).to.be.greaterThan(10);
    });

    it('mirrors in right-to-left', async () => {
      const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`), { attributes: { dir: 'rtl' } });
      const box = input(element).getBoundingClientRect();
      const button = part(element, 'submit')!.getBoundingClientRect();
      expect(button.left, 'the button to the left of the box').to.be.lessThan(box.left);
    });

    it('uses the dark tokens for marks and the article body', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}" theme="auto" article="impuesto-vehiculos"`));
        const body = part(element, 'article-body')!;
        expect(getComputedStyle(body).color).to.equal('rgb(233, 231, 238)');
        expect(getComputedStyle(body.querySelector('a')!).color).to.equal('rgb(158, 202, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('logs no console error through a whole visit', async () => {
      const errors: unknown[] = [];
      const consoleError = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const element = await mount<FaqSearch>(faq(`endpoint="${endpoint}"`));
        await typeQuery(element, 'punto limpio');
        await openFirstResult(element);
        shadow(element).querySelector<HTMLButtonElement>('[data-answer="yes"]')!.click();
        await element.settled();
        part<HTMLButtonElement>(element, 'back')!.click();
        await element.settled();
      } finally {
        console.error = consoleError;
      }
      expect(errors).to.deep.equal([]);
    });
  });
});
