// A real heading (h1–h6) at a level chosen by the integrator, so an element fits the outline
// of the page it is dropped into.
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** Clamps a heading-level attribute to 1–6 (`fallback` when absent or not a number). */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Math.round(Number(value));
  return value !== null && value !== undefined && Number.isFinite(level) && level >= 1 ? Math.min(level, 6) : fallback;
}

export interface HeadingOptions {
  part: string;
  id?: string;
  /** Lets the element move focus to it (after a retry, say): tabindex="-1". */
  focusable?: boolean;
}

export function heading(level: number, content: unknown, { part, id, focusable }: HeadingOptions): TemplateResult {
  const tabindex = focusable ? '-1' : undefined;
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)} tabindex=${ifDefined(tabindex)}>${content}</h6>`;
  }
}
