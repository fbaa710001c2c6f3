// Short names for the contract's schemas, used by the widgets' client and the server.
import type { components, operations, paths } from './generated/api.ts';

type Schemas = components['schemas'];

export type { components, operations, paths };
export type { queryDefaults } from './generated/query-defaults.ts';
export type Lang = Schemas['Lang'];
export type Problem = Schemas['Problem'];
export type Health = Schemas['Health'];
export type Site = Schemas['Site'];
export type ChannelKind = Schemas['ChannelKind'];
export type WeeklyInterval = Schemas['WeeklyInterval'];
export type Schedule = Schemas['Schedule'];
export type Holiday = Schemas['Holiday'];
export type Closure = Schemas['Closure'];
export type Address = Schemas['Address'];
export type Channel = Schemas['Channel'];
export type StatusPeriod = Schemas['StatusPeriod'];
export type ChannelDirectory = Schemas['ChannelDirectory'];
export type Confidence = Schemas['Confidence'];
export type SnippetPart = Schemas['SnippetPart'];
export type SearchHit = Schemas['SearchHit'];
export type SearchResults = Schemas['SearchResults'];
export type Topic = Schemas['Topic'];
export type TopicList = Schemas['TopicList'];
export type ArticleSummary = Schemas['ArticleSummary'];
export type ArticleList = Schemas['ArticleList'];
export type Article = Schemas['Article'];
export type ArticleFeedbackInput = Schemas['ArticleFeedbackInput'];
export type ArticleFeedbackReceipt = Schemas['ArticleFeedbackReceipt'];
export type UnansweredSearchReport = Schemas['UnansweredSearchReport'];
export type HelpfulnessReport = Schemas['HelpfulnessReport'];

export const LANGS = ['es', 'en', 'pt'] as const satisfies readonly Lang[];
