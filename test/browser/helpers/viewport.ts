// Viewports the kit is checked at: the narrowest phone WCAG reflow asks for, and a desktop.
import { setViewport } from '@web/test-runner-commands';

export const VIEWPORTS = { narrow: { width: 320, height: 800 }, wide: { width: 1280, height: 800 } } as const;
export type ViewportName = keyof typeof VIEWPORTS;

export async function useViewport(name: ViewportName): Promise<void> {
  await setViewport(VIEWPORTS[name]);
}

/** The page scrolls sideways when its content is wider than the viewport (a reflow failure). */
export function hasHorizontalOverflow(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return rect.right > document.documentElement.clientWidth + 0.5 || document.documentElement.scrollWidth > document.documentElement.clientWidth;
}
