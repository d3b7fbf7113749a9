import { expect } from '@open-wc/testing';
import { pickLanguage } from '../../src/core/language.js';
import { categoryText, BUILT_IN_LANGUAGES } from '../../src/core/texts/catalog.js';
import { loadTexts, ENGLISH } from '../../src/core/texts/load-texts.js';
import { isTexts } from '../../src/core/texts/texts.js';

describe('pickLanguage', () => {
  const available = ['en', 'de', 'fr', 'pt-br'];
  it('takes the first candidate with a translation, by whole tag then primary language', () => {
    expect(pickLanguage([null, 'de-AT', 'fr'], available)).to.equal('de');
    expect(pickLanguage(['ja', 'pt_BR'], available)).to.equal('pt-br');
    expect(pickLanguage(['', undefined, 'FR-ca'], available)).to.equal('fr');
  });
  it('falls back to English', () => {
    expect(pickLanguage(['ja', 'zh-Hant'], available)).to.equal('en');
    expect(pickLanguage([], available)).to.equal('en');
  });
});

describe('built-in texts', () => {
  it('has a complete translation for every built-in language', async () => {
    for (const lang of BUILT_IN_LANGUAGES) {
      const texts = await loadTexts(lang);
      expect(isTexts(texts), lang).to.equal(true);
      expect((texts as { lang: string }).lang).to.equal(lang);
    }
  });

  it('describes every standard category in each language, differently from English', async () => {
    for (const lang of BUILT_IN_LANGUAGES.filter((l) => l !== 'en')) {
      const texts = await loadTexts(lang);
      if (!isTexts(texts)) throw new Error(lang);
      for (const id of ['necessary', 'analytics', 'functionality', 'targeting'] as const) {
        expect(texts.categories[id].description.length, `${lang} ${id}`).to.be.greaterThan(40);
        expect(texts.categories[id].description, `${lang} ${id}`).not.to.equal(ENGLISH.categories[id].description);
      }
    }
  });

  it('rejects a stale or foreign translation file', () => {
    expect(isTexts({ ...ENGLISH, acceptAll: 3 })).to.equal(false);
    expect(isTexts({ ...ENGLISH, categories: { ...ENGLISH.categories, targeting: null } })).to.equal(false);
    expect(isTexts(null)).to.equal(false);
  });

  it('makes a readable label for a site-defined category', () => {
    expect(categoryText('live-chat', ENGLISH)).to.deep.equal({ label: 'Live chat', description: '' });
    expect(categoryText('analytics', ENGLISH).label).to.equal('Analytics');
  });
});
