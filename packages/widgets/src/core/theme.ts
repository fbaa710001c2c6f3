// Theme tokens in two tiers: a few global `--vn-*` tokens that integrators set once for the
// whole kit, read here into private `--_vn-*` properties the elements' styles use. Element
// styles expose their own `--vn-<element>-*` properties defaulting to these.
import { css, unsafeCSS, type CSSResult } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Light defaults of the global colour tokens (`--vn-color-<name>`). AA on `background`. */
export const lightColors = {
  text: '#1c1b1f',
  'text-muted': '#4a4850',
  background: '#ffffff',
  surface: '#f3f4f6',
  border: '#767480',
  accent: '#0b57a4',
  'on-accent': '#ffffff',
  link: '#0b57a4',
  success: '#146c2e',
  danger: '#b3261e',
  focus: '#0b57a4',
} as const;

export type ColorToken = keyof typeof lightColors;

/** Dark defaults (`--vn-dark-color-<name>`), used by `theme="dark"` and by `auto` in a dark OS. */
export const darkColors: Record<ColorToken, string> = {
  text: '#e9e7ee',
  'text-muted': '#c3c0cb',
  background: '#17161b',
  surface: '#24232a',
  border: '#8f8c99',
  accent: '#9ecaff',
  'on-accent': '#0a1f36',
  link: '#9ecaff',
  success: '#7dd99a',
  danger: '#ffb4ab',
  focus: '#9ecaff',
};

/** Forced-colours (Windows high contrast): system colours only. */
const forcedColors: Record<ColorToken, string> = {
  text: 'CanvasText',
  'text-muted': 'CanvasText',
  background: 'Canvas',
  surface: 'Canvas',
  border: 'CanvasText',
  accent: 'ButtonText',
  'on-accent': 'ButtonFace',
  link: 'LinkText',
  success: 'CanvasText',
  danger: 'CanvasText',
  focus: 'Highlight',
};

/** The non-colour global tokens with their defaults. */
export const shapeTokens = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size': '1rem',
  'line-height': '1.5',
  radius: '0.5rem',
  space: '1rem',
  'focus-ring-width': '3px',
} as const;

const declarations = (values: Record<string, string>, source: (name: string) => string): CSSResult =>
  unsafeCSS(Object.entries(values).map(([name, fallback]) => `--_vn-color-${name}: ${source(name)}${fallback});`).join(''));

const light = declarations(lightColors, (name) => `var(--vn-color-${name}, `);
const dark = declarations(darkColors, (name) => `var(--vn-dark-color-${name}, `);
const forced = unsafeCSS(Object.entries(forcedColors).map(([name, value]) => `--_vn-color-${name}: ${value};`).join(''));
const shapes = unsafeCSS(Object.entries(shapeTokens).map(([name, fallback]) => `--_vn-${name}: var(--vn-${name}, ${fallback});`).join(''));

/**
 * Token declarations for an element's `:host`. The resolved theme arrives as a custom state
 * (`:state(dark)` / `:state(auto)`) set by the base element, so no attribute is written on the host.
 */
export const themeStyles = css`
  :host {
    ${light}
    ${shapes}
    color-scheme: light;
  }
  :host(:state(dark)) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:state(auto)) {
      ${dark}
      color-scheme: dark;
    }
  }
  @media (forced-colors: active) {
    :host,
    :host(:state(dark)),
    :host(:state(auto)) {
      ${forced}
    }
  }
`;
