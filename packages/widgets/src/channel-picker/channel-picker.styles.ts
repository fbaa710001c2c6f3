import { css } from 'lit';

// Element-level custom properties (documented in channel-picker.ts) default to the global tokens.
export const channelPickerStyles = css`
  [part~='base'] {
    --_background: var(--vn-channel-picker-background, var(--_vn-color-background));
    --_card: var(--vn-channel-picker-card-background, var(--_vn-color-surface));
    --_border: var(--vn-channel-picker-border-color, var(--_vn-color-border));
    --_open: var(--vn-channel-picker-open-color, var(--_vn-color-success));
    --_closed: var(--vn-channel-picker-closed-color, var(--_vn-color-danger));
    --_gap: var(--vn-channel-picker-gap, var(--_vn-space));
    --_radius: var(--vn-channel-picker-radius, var(--_vn-radius));
    background: var(--_background);
    padding: var(--_gap);
    border-radius: var(--_radius);
  }
  [part~='loading'] {
    min-block-size: 12rem;
  }
  .skeleton {
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  .skeleton span {
    display: block;
    block-size: 4.5rem;
    border-radius: var(--_radius);
    background: var(--_card);
  }
  [part~='heading'] {
    font-size: 1.375em;
    margin-block-end: var(--_gap);
  }
  p {
    margin: 0;
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }
  [part~='channel'] {
    display: grid;
    gap: 0.5rem;
    padding: var(--_gap);
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .channel-head {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .icon {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }
  [part~='channel-name'] {
    font-size: 1.125em;
  }
  [part~='status'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.375rem;
  }
  .separator {
    white-space: pre;
  }
  .status-label {
    font-weight: 700;
  }
  /* The dot repeats the words in colour; the words alone already say it. */
  .dot {
    flex: none;
    align-self: center;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    border: 2px solid var(--_closed);
  }
  .open .dot {
    background: var(--_open);
    border-color: var(--_open);
  }
  .open .status-label {
    color: var(--_open);
  }
  [part~='notice'] {
    border-inline-start: 4px solid var(--_closed);
    padding-inline-start: 0.5rem;
  }
  /* The contact and map links. */
  .contact a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
    padding-block: 0.125rem;
  }
  address {
    font-style: normal;
  }
  [part~='description'],
  [part~='response-time'] {
    color: var(--_vn-color-text-muted);
  }
  [part~='hours'] summary {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    padding-inline: 0.5rem;
    margin-inline-start: -0.5rem;
    cursor: pointer;
    font-weight: 700;
    color: var(--_vn-color-link);
    border-radius: var(--_radius);
  }
  [part~='unavailable'] {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
    margin-block-end: var(--_gap);
  }
  /* Compact: one line per channel; the hours stay one click away. */
  .compact [part~='channel'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
    padding-block: 0.5rem;
  }
  .compact [part~='status'] {
    flex: 1 1 12rem;
  }
  .compact [part~='hours'] {
    flex-basis: 100%;
  }
  .compact [part~='hours']:not([open]) {
    flex-basis: auto;
  }
`;
