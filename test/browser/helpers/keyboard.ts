// Real key presses (through Playwright), and where the focus is, seen through shadow roots.
import { sendKeys } from '@web/test-runner-commands';

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** The element that really has focus, descending into open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `matches(focused)` holds, at most `limit` times; returns the focused element. */
export async function tabUntil(matches: (focused: Element) => boolean, limit = 30): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    await press('Tab');
    const focused = deepActiveElement();
    if (focused && matches(focused)) return focused;
  }
  throw new Error(`no element matched after ${limit} Tab presses (focus is on ${describe(deepActiveElement())})`);
}

function describe(element: Element | null): string {
  if (!element) return 'nothing';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> "${element.textContent?.trim().slice(0, 40) ?? ''}"`;
}
