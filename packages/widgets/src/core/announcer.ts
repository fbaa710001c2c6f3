// One live region per page, in the light DOM (where every screen reader hears it), shared by
// every element and by any other copy of the kit: it is found by id and spoken to through
// plain DOM, never through a class, so two copies need nothing from each other.
import { css, LitElement, html } from 'lit';
import { define } from './define.ts';

export const ANNOUNCER_ID = 'vn-announcer';
const ANNOUNCER_TAG = 'vn-announcer';
export type Politeness = 'polite' | 'assertive';

/**
 * The container of the page's live regions. Its shadow styles hide it visually (no global CSS,
 * no inline style); `!important` inside the shadow tree wins over the page's normal and
 * important rules, so hostile page CSS cannot reveal it or remove its regions from the tree.
 * @internal
 */
export class VentanillaAnnouncer extends LitElement {
  static override styles = css`
    :host {
      display: block !important;
      position: absolute !important;
      inline-size: 1px !important;
      block-size: 1px !important;
      margin: -1px !important;
      padding: 0 !important;
      border: 0 !important;
      overflow: hidden !important;
      clip-path: inset(50%) !important;
      white-space: nowrap !important;
      opacity: 1 !important;
      visibility: visible !important;
    }
    ::slotted(*) {
      display: block !important;
      visibility: visible !important;
    }
  `;

  protected override render() {
    return html`<slot></slot>`;
  }
}

const CLEAR_DELAY_MS = 100;
const pending = new WeakMap<Element, ReturnType<typeof setTimeout>>();

function region(politeness: Politeness): Element {
  define(ANNOUNCER_TAG, VentanillaAnnouncer);
  let host = document.getElementById(ANNOUNCER_ID);
  if (!host) {
    host = document.createElement(ANNOUNCER_TAG);
    host.id = ANNOUNCER_ID;
    document.body.append(host);
  }
  let live = host.querySelector(`[data-vn-live="${politeness}"]`);
  if (!live) {
    live = document.createElement('span');
    live.setAttribute('data-vn-live', politeness);
    live.setAttribute('aria-live', politeness);
    live.setAttribute('aria-atomic', 'true');
    if (politeness === 'assertive') live.setAttribute('role', 'alert');
    host.append(live);
  }
  return live;
}

/**
 * Speaks `message` through the page's live region. The region is emptied first and filled a
 * moment later, so the same message said twice is announced twice.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  if (typeof document === 'undefined' || !document.body) return;
  const live = region(politeness);
  clearTimeout(pending.get(live));
  live.textContent = '';
  pending.set(
    live,
    setTimeout(() => {
      live.textContent = message;
    }, CLEAR_DELAY_MS),
  );
}

/** The live-region container of the page, if one exists (for tests and diagnostics). */
export function announcerElement(): HTMLElement | null {
  return document.getElementById(ANNOUNCER_ID);
}
