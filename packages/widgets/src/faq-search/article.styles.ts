import { css } from 'lit';

// The article's styles, adopted with the Markdown renderer when the first article is shown
// (after the element's own, so they refine the Markdown defaults with the element's tokens).
export const articleStyles = css`
  [part~='article-title'] {
    font-size: 1.25em;
  }
  [part~='article-title']:focus,
  .thanks:focus {
    outline: none;
  }
  [part~='article-title']:focus-visible,
  .thanks:focus-visible {
    outline: var(--_vn-focus-ring-width) solid var(--_vn-color-focus);
  }
  [part~='updated'] {
    color: var(--_vn-color-text-muted);
  }
  /* The Markdown body follows this element's theme tokens (dark included). */
  .vn-md {
    color: var(--_vn-color-text);
    min-inline-size: 0;
  }
  .vn-md a {
    color: var(--_vn-color-link);
  }
  .vn-md :where(th, td, pre, hr, blockquote) {
    border-color: var(--_border);
  }
  .vn-md th,
  .vn-md :not(pre) > code {
    background: var(--_surface);
  }
  .vn-md :where(a, .vn-md-table):focus-visible {
    outline: var(--_vn-focus-ring-width) solid var(--_vn-color-focus);
  }
  .feedback {
    display: grid;
    gap: 0.5rem;
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .question {
    font-weight: 700;
  }
  .choices,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .choices button {
    min-inline-size: 5rem;
  }
  /* An answer being sent: its buttons stay focusable but do nothing. */
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .why {
    display: grid;
    gap: 0.375rem;
  }
  .why .actions {
    margin-block-start: 0.25rem;
  }
  /* Its font, colours and border are the search box's (faq-search.styles.ts). */
  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 6rem;
    resize: vertical;
  }
  .problem {
    color: var(--_vn-color-danger);
    font-weight: 600;
  }
`;
