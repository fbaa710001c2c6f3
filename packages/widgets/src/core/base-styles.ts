// Styles every element shares: the host box, a reset of what the host page's CSS can push
// into the shadow tree through inheritance, focus, links, buttons and visually hidden text.
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  /* The page's inherited text styles stop here: the element's wrapper sets them all. */
  [part~='base'] {
    box-sizing: border-box;
    color: var(--_vn-color-text);
    font-family: var(--_vn-font-family);
    font-size: var(--_vn-font-size);
    font-style: normal;
    font-weight: 400;
    line-height: var(--_vn-line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    visibility: visible;
    cursor: auto;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_vn-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: var(--_vn-focus-ring-width) solid var(--_vn-color-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    letter-spacing: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1rem;
    border: 2px solid var(--_vn-color-accent);
    border-radius: var(--_vn-radius);
    background: var(--_vn-color-accent);
    color: var(--_vn-color-on-accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--_vn-color-background);
    color: var(--_vn-color-accent);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    margin: -1px !important;
    padding: 0 !important;
    border: 0 !important;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
