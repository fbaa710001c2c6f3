/**
 * Runs inside markdown.trusted-types.html, a page that enforces Trusted Types through its CSP,
 * and reports to the parent test what rendering Markdown did there.
 */
import { html, render } from 'lit';
import { renderMarkdown } from './markdown.ts';
import { markdownStyles } from './markdown.styles.ts';
import { hostilePayloads } from './markdown.hostile.ts';

/** What the page posts to its parent. */
export interface TrustedTypesReport {
  type: 'vn-markdown-trusted-types';
  /** `window.trustedTypes` exists in this browser. */
  trustedTypesSupported: boolean;
  /** Engine module URLs fetched before and after the first render (lazy loading). */
  enginesBefore: string[];
  enginesAfter: string[];
  headings: string[];
  links: Array<{ href: string; rel: string }>;
  tableRegions: Array<{ role: string; tabindex: string; label: string; overflowX: string }>;
  /** Hostile payloads rendered, and canary calls seen in this page. */
  hostileRendered: number;
  executed: number;
  /** CSP violations (`directive: sample`) while rendering and showing the ordinary article. */
  articleViolations: string[];
  /**
   * Violations while DOMPurify parsed the hostile payloads in its inert document: the browser
   * reports the inline handlers, styles and `<base>` it declined there, before they are removed.
   */
  parseViolations: string[];
  /** Violations once the sanitized hostile fragments were in the page. */
  insertionViolations: string[];
  /** Assigning a plain string to innerHTML threw, and was reported as a violation. */
  probeThrew: boolean;
  probeViolations: string[];
  error?: string;
}

declare global {
  interface Window {
    __vnPwned?: () => void;
  }
}

const SAMPLE = `# Empadronamiento

Lleva **DNI** y [cita previa](https://example.org/cita).

| Documento | Plazo |
|:--|--:|
| DNI | 1 día |
`;

const ENGINE_URL = /\/node_modules\/(?:marked|dompurify)\//;

function engineRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => ENGINE_URL.test(name));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(): Promise<TrustedTypesReport> {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.effectiveDirective}: ${event.sample}`);
  });
  let executed = 0;
  window.__vnPwned = () => {
    executed += 1;
  };

  const enginesBefore = engineRequests();
  const host = document.createElement('section');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  if (markdownStyles.styleSheet) root.adoptedStyleSheets = [markdownStyles.styleSheet];

  const article = await renderMarkdown(SAMPLE, { headingLevel: 2 });
  const showArticle = (hostile: DocumentFragment[]) =>
    render(
      html`<div class="vn-md">${article}</div>
        ${hostile.map((fragment) => html`<div class="vn-md">${fragment}</div>`)}`,
      root,
    );
  showArticle([]);
  await pause(100);
  const articleViolations = violations.splice(0);

  const hostile = await Promise.all(hostilePayloads.map((payload) => renderMarkdown(payload)));
  await pause(100);
  const parseViolations = violations.splice(0);

  showArticle(hostile);
  await pause(150);
  const insertionViolations = violations.splice(0);

  let probeThrew = false;
  try {
    document.createElement('div').innerHTML = '<b>vn-probe</b>';
  } catch (error) {
    probeThrew = error instanceof TypeError;
  }
  await pause(150);

  return {
    type: 'vn-markdown-trusted-types',
    trustedTypesSupported: 'trustedTypes' in window,
    enginesBefore,
    enginesAfter: engineRequests(),
    headings: [...root.querySelectorAll('.vn-md:first-child :is(h1, h2, h3, h4, h5, h6)')].map((h) => h.localName),
    links: [...root.querySelectorAll<HTMLAnchorElement>('.vn-md:first-child a')].map((a) => ({
      href: a.getAttribute('href') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
    tableRegions: [...root.querySelectorAll('.vn-md:first-child .vn-md-table')].map((region) => ({
      role: region.getAttribute('role') ?? '',
      tabindex: region.getAttribute('tabindex') ?? '',
      label: region.getAttribute('aria-label') ?? '',
      overflowX: getComputedStyle(region).overflowX,
    })),
    hostileRendered: hostile.length,
    executed,
    articleViolations,
    parseViolations,
    insertionViolations,
    probeThrew,
    probeViolations: violations,
  };
}

run()
  .catch((error: unknown) => ({ type: 'vn-markdown-trusted-types', error: String(error) }) as TrustedTypesReport)
  .then((report) => parent.postMessage(report, location.origin));
