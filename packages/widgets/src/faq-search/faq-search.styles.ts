import { css } from 'lit';

// Element-level custom properties (documented in faq-search.ts) default to the global tokens.
// Logical properties only, so right-to-left pages lay out mirrored.
export const faqSearchStyles = css`
  [part~='base'] {
    --_background: var(--vn-faq-search-background, var(--_vn-color-background));
    --_surface: var(--vn-faq-search-surface, var(--_vn-color-surface));
    --_border: var(--vn-faq-search-border-color, var(--_vn-color-border));
    --_mark: var(--vn-faq-search-mark-background, color-mix(in srgb, var(--_vn-color-accent) 18%, var(--_vn-color-background)));
    --_gap: var(--vn-faq-search-gap, var(--_vn-space));
    --_radius: var(--vn-faq-search-radius, var(--_vn-radius));
    display: grid;
    gap: calc(var(--_gap) * 0.75);
    background: var(--_background);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  [part~='section-heading'] {
    font-size: 1.25em;
  }
  [part~='section-heading']:focus {
    outline: none;
  }
  [part~='section-heading']:focus-visible {
    outline: var(--_vn-focus-ring-width) solid var(--_vn-color-focus);
  }
  p {
    margin: 0;
  }
  .hint,
  .status,
  [part~='snippet'],
  .count,
  .language {
    color: var(--_vn-color-text-muted);
  }

  /* The search box: a visible label, never a placeholder. */
  .search {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 700;
  }
  .box {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  /* The search box, and the article view's comment box when it is loaded. */
  input,
  textarea {
    font: inherit;
    letter-spacing: inherit;
    color: var(--_vn-color-text);
    background: var(--_vn-color-background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    min-inline-size: 0;
  }
  input {
    flex: 1 1 12rem;
    min-block-size: 2.75rem;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline-offset: 0;
  }

  /* Its height is kept while empty, so "Searching…" and the count never move what is below. */
  .status {
    min-block-size: calc(1em * var(--_vn-line-height));
    font-size: 0.9375em;
  }
  .topic-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75rem;
  }
  .notice {
    display: grid;
    justify-items: start;
    gap: 0.5rem;
    padding-block: 0.5rem;
    padding-inline: 0.75rem;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_vn-color-accent);
    border-radius: var(--_radius);
  }
  .panel {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .section {
    display: grid;
    gap: 0.5rem;
  }

  /* Lists of articles and topics: each title is one target of 24 px or more. */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part~='results'] > .item {
    padding-block: 0.5rem;
  }
  [part~='results'] > .item + .item {
    border-block-start: 1px solid var(--_border);
  }
  .topics {
    grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr));
    column-gap: var(--_gap);
  }
  .link-button,
  .opener {
    display: inline-block;
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding-block: 0.125rem;
    padding-inline: 0;
    border: 0;
    border-radius: 0.125rem;
    background: none;
    color: var(--_vn-color-link);
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover,
  .opener:hover {
    background: none;
    color: var(--_vn-color-link);
    text-decoration-thickness: 0.15em;
  }
  .opener .count,
  .opener .language {
    font-weight: 400;
  }
  [part~='snippet'] {
    margin-block-start: 0.125rem;
    font-size: 0.9375em;
  }
  mark {
    background: var(--_mark);
    color: var(--_vn-color-text);
    font-weight: 700;
    border-radius: 0.125rem;
    padding-inline: 0.0625em;
  }

  /* Secondary buttons: outlined, for "yes / no" and retries next to content. */
  .secondary {
    background: var(--_vn-color-background);
    color: var(--_vn-color-accent);
  }
  .secondary:hover {
    background: var(--_vn-color-accent);
    color: var(--_vn-color-on-accent);
  }

  .no-results,
  .contact {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .channels {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .channels a,
  [part~='contact-page'],
  [part~='referral-link'] {
    display: inline-block;
    min-block-size: 1.5rem;
    padding-block: 0.0625rem;
  }
  .channel-name,
  .referral-name {
    font-weight: 600;
  }
  .referral p {
    margin: 0;
  }

  /* The article's frame (its content's styles come with it: article.styles.ts). */
  .article {
    display: grid;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .back {
    justify-self: start;
  }
  .arrow {
    display: inline-block;
  }
  :dir(rtl) .arrow {
    transform: scaleX(-1);
  }
  [part~='unavailable'] {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
  }

  /* Placeholders hold the space the content will take, so the page does not jump. */
  .skeleton {
    display: grid;
    gap: 0.75rem;
    align-content: start;
  }
  .skeleton span:not(.visually-hidden) {
    display: block;
    block-size: 1.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .home-skeleton {
    min-block-size: 24rem;
  }
  .list-skeleton {
    min-block-size: 10rem;
  }
  .article-skeleton {
    min-block-size: 20rem;
  }
  .skeleton span:nth-child(odd of :not(.visually-hidden)) {
    inline-size: 80%;
  }

  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
