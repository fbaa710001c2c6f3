import { css } from 'lit';

/**
 * Typography for rendered Markdown, scoped to a `.vn-md` container in the element's shadow root.
 * It reads the theme's resolved tokens (`--_vn-*`, set on `:host` by theme.ts from the public
 * `--vn-*` tokens, dark and forced colours included), with fallbacks for use outside the kit's
 * elements; all spacing is logical so right-to-left text lays out correctly.
 *
 * Tokens read: --_vn-color-text, --_vn-color-link, --_vn-color-border, --_vn-color-focus,
 * --_vn-color-surface, --_vn-space, --_vn-radius, --_vn-focus-ring-width.
 */
export const markdownStyles = css`
  .vn-md {
    color: var(--_vn-color-text);
    line-height: 1.5;
    overflow-wrap: break-word;
  }

  .vn-md > :first-child {
    margin-block-start: 0;
  }

  .vn-md > :last-child {
    margin-block-end: 0;
  }

  .vn-md :where(p, ul, ol, blockquote, pre, hr, details, .vn-md-table) {
    margin-block: 0 var(--_vn-space, 1rem);
    margin-inline: 0;
  }

  .vn-md :where(h1, h2, h3, h4, h5, h6) {
    margin-block: calc(var(--_vn-space, 1rem) * 1.5) calc(var(--_vn-space, 1rem) * 0.5);
    font-weight: 700;
    line-height: 1.25;
  }

  .vn-md :where(h1, h2) {
    font-size: 1.375em;
  }

  .vn-md h3 {
    font-size: 1.25em;
  }

  .vn-md h4 {
    font-size: 1.125em;
  }

  .vn-md :where(h5, h6) {
    font-size: 1em;
  }

  .vn-md :where(ul, ol) {
    padding-inline-start: 1.5em;
  }

  .vn-md li + li,
  .vn-md li > :where(ul, ol) {
    margin-block-start: calc(var(--_vn-space, 1rem) * 0.25);
  }

  .vn-md li > :where(ul, ol) {
    margin-block-end: 0;
  }

  .vn-md a {
    color: var(--_vn-color-link, LinkText);
    text-decoration-line: underline;
    text-decoration-thickness: 0.0625em;
    text-underline-offset: 0.15em;
  }

  .vn-md a:hover {
    text-decoration-thickness: 0.125em;
  }

  .vn-md :where(a, .vn-md-table):focus-visible {
    outline: var(--_vn-focus-ring-width, 3px) solid var(--_vn-color-focus, Highlight);
    outline-offset: 2px;
  }

  .vn-md .vn-md-table {
    max-inline-size: 100%;
    overflow-x: auto;
  }

  .vn-md table {
    border-collapse: collapse;
    min-inline-size: 100%;
  }

  .vn-md :where(th, td) {
    padding-block: calc(var(--_vn-space, 1rem) * 0.25);
    padding-inline: calc(var(--_vn-space, 1rem) * 0.5);
    border: 1px solid var(--_vn-color-border, currentColor);
    vertical-align: top;
  }

  /* Cells without a Markdown alignment start at the reading edge (left in LTR, right in RTL). */
  .vn-md :where(th, td):not([align]) {
    text-align: start;
  }

  .vn-md th {
    font-weight: 700;
    background: var(--_vn-color-surface, transparent);
  }

  .vn-md blockquote {
    padding-inline-start: var(--_vn-space, 1rem);
    border-inline-start: 4px solid var(--_vn-color-border, currentColor);
  }

  .vn-md hr {
    border: 0;
    border-block-start: 1px solid var(--_vn-color-border, currentColor);
  }

  .vn-md :where(code, kbd, samp) {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  .vn-md :not(pre) > code {
    padding-inline: 0.25em;
    border-radius: calc(var(--_vn-radius, 0.5rem) / 2);
    background: var(--_vn-color-surface, transparent);
  }

  /* Wrapped rather than scrolled: reflows at 320 px and needs no keyboard scrolling. */
  .vn-md pre {
    padding-block: calc(var(--_vn-space, 1rem) * 0.5);
    padding-inline: var(--_vn-space, 1rem);
    border: 1px solid var(--_vn-color-border, currentColor);
    border-radius: var(--_vn-radius, 0.5rem);
    white-space: pre-wrap;
  }

  .vn-md summary {
    cursor: pointer;
  }
`;
