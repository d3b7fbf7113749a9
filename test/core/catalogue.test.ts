/**
 * The built-in service catalogue's data, entry by entry: every id has its module, a description
 * in each built-in language, cookies whose lifetimes and purposes read, and URL patterns that
 * parse and do not catch another entry's tags.
 */
import { expect } from '@open-wc/testing';
import { CATALOGUE_IDS, type CatalogueEntry } from '../../src/core/catalogue/catalogue.js';
import { NAME_PATTERN, parseLifetime } from '../../src/core/declared-items.js';
import { loadService, loadServiceDescriptions } from '../../src/core/load-data.js';
import { BUILT_IN_LANGUAGES } from '../../src/core/texts/catalog.js';
import { PURPOSE_KEYS } from '../../src/core/texts/texts.js';
import { matchesUrl, parseUrlPattern } from '../../src/core/url-patterns.js';

const entries = new Map<string, CatalogueEntry>();
const descriptions = new Map<string, Record<string, string>>();

before(async () => {
  for (const id of CATALOGUE_IDS) entries.set(id, (await loadService(id)) as CatalogueEntry);
  for (const lang of BUILT_IN_LANGUAGES.filter((tag) => tag !== 'en')) descriptions.set(lang, (await loadServiceDescriptions(lang)) as Record<string, string>);
});

/** The catalogue ids whose patterns match `url`. */
const servicesFor = (url: string): string[] =>
  [...entries].filter(([, entry]) => entry.urls.some((pattern) => matchesUrl(parseUrlPattern(pattern)!, new URL(url)))).map(([id]) => id);

describe('the service catalogue', () => {
  for (const id of CATALOGUE_IDS) {
    it(`${id}: a complete entry`, () => {
      const entry = entries.get(id);
      if (!entry) throw new Error(`no module for ${id}`);
      expect(['analytics', 'functionality', 'targeting']).to.include(entry.category);
      expect(entry.label).to.not.equal('');
      expect(entry.provider).to.not.equal('');
      expect(entry.policyUrl).to.match(/^https:\/\//);
      expect(entry.description.trim()).to.not.equal('');
      // And in every other built-in language: a page in any of them describes it in its own.
      for (const [lang, texts] of descriptions) expect(texts[id]?.trim(), `${lang} description`).to.be.a('string').and.not.equal('');
      for (const [kind, items] of [['cookie', entry.cookies], ['storage', entry.storage]] as const) {
        for (const item of items) {
          expect(NAME_PATTERN.test(item.name), `${kind} ${item.name}`).to.equal(true);
          const lifetime = parseLifetime(item.lifetime);
          expect(lifetime, `${item.name} lifetime "${item.lifetime}"`).to.not.equal(null);
          // A cookie always has an expiry (or ends with the session); only storage stays until deleted.
          if (kind === 'cookie') expect(lifetime).to.not.equal('persistent');
          expect(PURPOSE_KEYS).to.include(item.purpose);
        }
      }
      expect(entry.urls.length, 'URL patterns').to.be.above(0);
      for (const pattern of entry.urls) expect(parseUrlPattern(pattern), pattern).to.not.equal(null);
    });
  }

  it("tells Google's tags apart, though they share a host", () => {
    expect(servicesFor('https://www.googletagmanager.com/gtag/js?id=G-ABC123')).to.deep.equal(['google-analytics']);
    expect(servicesFor('https://www.googletagmanager.com/gtag/js?id=AW-123456')).to.deep.equal(['google-ads']);
    expect(servicesFor('https://www.googletagmanager.com/gtm.js?id=GTM-XXXX')).to.deep.equal(['google-tag-manager']);
    expect(servicesFor('https://www.google.com/search?q=maps')).to.deep.equal([]);
    expect(servicesFor('https://www.google.com/maps/embed?pb=1')).to.deep.equal(['google-maps']);
  });

  it("catches each vendor's published loader", () => {
    expect(servicesFor('https://connect.facebook.net/en_US/fbevents.js')).to.deep.equal(['meta-pixel']);
    expect(servicesFor('https://static.hotjar.com/c/hotjar-123.js?sv=6')).to.deep.equal(['hotjar']);
    expect(servicesFor('https://www.clarity.ms/tag/abc')).to.deep.equal(['clarity']);
    expect(servicesFor('https://bat.bing.com/bat.js')).to.deep.equal(['microsoft-ads']);
    expect(servicesFor('https://www.youtube.com/embed/dQw4w9WgXcQ')).to.deep.equal(['youtube']);
    expect(servicesFor('https://player.vimeo.com/video/1')).to.deep.equal(['vimeo']);
  });
});
