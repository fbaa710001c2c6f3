// The kit for npm users: element classes and their event types, with no side effects.
// Define the tags yourself (`import '@ventanilla/widgets/define/channel-picker'`) or with
// the safe-to-repeat `define(tag, Class)`.
export { VentanillaElement } from './core/base-element.ts';
export { define } from './core/define.ts';
export { registerStrings } from './core/localize.ts';
export type { KitConfig, VentanillaNamespace } from './core/config.ts';
export type { Theme } from './core/theme.ts';
export { ChannelPicker } from './channel-picker/channel-picker.ts';
export { ChannelSelectEvent, type ChannelSelectDetail } from './channel-picker/channel-select-event.ts';
export { FaqSearch } from './faq-search/faq-search.ts';
export { ArticleOpenEvent, FeedbackEvent, SearchEvent, type ArticleOpenDetail, type FeedbackDetail, type SearchDetail } from './faq-search/events.ts';

// One line per element of the registry (src/elements.ts); packages/widgets/test/elements.test.ts
// fails when a tag is missing.
declare global {
  interface HTMLElementTagNameMap {
    'vn-channel-picker': import('./channel-picker/channel-picker.ts').ChannelPicker;
    'vn-faq-search': import('./faq-search/faq-search.ts').FaqSearch;
  }
}
