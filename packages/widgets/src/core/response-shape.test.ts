import { expect } from '@open-wc/testing';
import type { ChannelDirectory, SearchResults } from '@ventanilla/protocol';
import { shape } from './response-shape.ts';
import { isChannelDirectory } from './response-shapes/channels.ts';
import { isArticle, isSearchResults } from './response-shapes/faq.ts';

const channel = { id: 'tel', name: 'Teléfono', kind: 'phone', schedule: { alwaysOpen: false, weekly: [], observesHolidays: true }, timeline: [{ from: '2026-01-05T08:00:00Z', open: true }] };
const directory = { site: 'demo', lang: 'es', from: '2026-01-05T08:00:00Z', until: '2026-01-12T08:00:00Z', timeZone: 'Europe/Madrid', holidays: [], closures: [], channels: [channel] };

describe('response shapes', () => {
  it('accepts what the contract describes, and refuses a proxy’s page, null and missing or mistyped fields', () => {
    expect(isChannelDirectory(directory)).to.equal(true);
    for (const body of ['<html>', null, undefined, [], { ...directory, until: 1 }, { ...directory, holidays: undefined }, { ...directory, channels: [{ ...channel, name: undefined }] }]) {
      expect(isChannelDirectory(body), JSON.stringify(body)).to.equal(false);
    }
  });

  it('checks a list that must have items (a channel’s timeline)', () => {
    expect(isChannelDirectory({ ...directory, channels: [{ ...channel, timeline: [] }] })).to.equal(false);
    expect(isChannelDirectory({ ...directory, channels: [] }), 'no channels is a valid answer').to.equal(true);
  });

  it('lets optional fields be absent, and checks them when present', () => {
    const hit = { id: 'a', title: 'T', snippet: [{ text: 'x', match: false }] };
    expect(isSearchResults({ results: [hit] })).to.equal(true);
    expect(isSearchResults({ results: [], referral: { name: 'AEAT', text: 'Renta' } })).to.equal(true);
    expect(isSearchResults({ results: [], referral: { name: 'AEAT' } })).to.equal(false);
    expect(isSearchResults({ results: [], referral: { name: 'AEAT', text: 'Renta', url: 7 } })).to.equal(false);
    expect(isSearchResults({ results: [{ ...hit, snippet: [{ match: true }] }] })).to.equal(false);
    expect(isArticle({ id: 'a', title: 'T', body: '# T', lang: 'es' })).to.equal(true);
  });

  it('builds a guard from any description typed by the contract', () => {
    const hasChannels = shape<ChannelDirectory>({ channels: [] });
    const hasReferral = shape<SearchResults>({ referral: { '?': { name: 'string' } } });
    expect(hasChannels({ channels: [1] })).to.equal(true);
    expect(hasChannels({})).to.equal(false);
    expect(hasReferral({})).to.equal(true);
    expect(hasReferral({ referral: 'AEAT' })).to.equal(false);
  });
});
