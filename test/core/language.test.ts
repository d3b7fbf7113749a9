import { expect } from '@open-wc/testing';
import { pickLanguage } from '../../src/core/language.js';
import { categoryText, BUILT_IN_LANGUAGES } from '../../src/core/texts/catalog.js';
import { loadTexts, ENGLISH } from '../../src/core/load-data.js';
import { isTexts } from '../../src/core/texts/texts.js';

describe('pickLanguage', () => {
  const available = ['en', 'de', 'fr', 'pt-br'];
  it('takes the first candidate with a translation, by whole tag then primary language', () => {
    expect(pickLanguage([null, 'de-AT', 'fr'], available)).to.equal('de');
    expect(pickLanguage(['ja', 'pt_BR'], available)).to.equal('pt-br');
    expect(pickLanguage(['', undefined, 'FR-ca'], available)).to.equal('fr');
  });
  it('maps Chinese by script or region, and Norwegian, to the built-in files', () => {
    const all = ['en', 'zh-hans', 'zh-hant', 'nb', 'pt', 'pt-br'];
    expect(pickLanguage(['zh-Hant-TW'], all)).to.equal('zh-hant');
    expect(pickLanguage(['zh-TW'], all)).to.equal('zh-hant');
    expect(pickLanguage(['zh-HK'], all)).to.equal('zh-hant');
    expect(pickLanguage(['zh-CN'], all)).to.equal('zh-hans');
    expect(pickLanguage(['zh'], all)).to.equal('zh-hans');
    expect(pickLanguage(['no'], all)).to.equal('nb');
    expect(pickLanguage(['nn-NO'], all)).to.equal('nb');
    expect(pickLanguage(['pt-PT'], all)).to.equal('pt');
    expect(pickLanguage(['pt-BR'], all)).to.equal('pt-br');
  });
  it('falls back to English', () => {
    expect(pickLanguage(['tlh', 'zh-Hant'], available)).to.equal('en');
    expect(pickLanguage([], available)).to.equal('en');
  });
});

describe('built-in texts', () => {
  it('has a complete translation for every built-in language', async () => {
    for (const lang of BUILT_IN_LANGUAGES) {
      const texts = await loadTexts(lang);
      expect(isTexts(texts), lang).to.equal(true);
      expect((texts as { lang: string }).lang.toLowerCase()).to.equal(lang);
    }
  });

  it('describes every standard category in each language, differently from English', async () => {
    for (const lang of BUILT_IN_LANGUAGES.filter((l) => l !== 'en')) {
      const texts = await loadTexts(lang);
      if (!isTexts(texts)) throw new Error(lang);
      for (const id of ['necessary', 'analytics', 'functionality', 'targeting'] as const) {
        // Chinese, Japanese and Korean say in 20 characters what alphabets need 60 for.
        expect(texts.categories[id].description.length, `${lang} ${id}`).to.be.greaterThan(20);
        expect(texts.categories[id].description, `${lang} ${id}`).not.to.equal(ENGLISH.categories[id].description);
      }
    }
  });

  it('has the 45 languages the product promises, each with {category} in its placeholder texts', async () => {
    expect(BUILT_IN_LANGUAGES).to.have.length(45);
    for (const lang of BUILT_IN_LANGUAGES) {
      const texts = await loadTexts(lang);
      if (!isTexts(texts)) throw new Error(lang);
      expect(texts.placeholderNotice.split('{category}'), lang).to.have.length(2);
      expect(texts.allowCategory.split('{category}'), lang).to.have.length(2);
      expect(texts.gpcNotice, lang).to.contain('Global Privacy Control');
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
