/**
 * The attribute table is the one place an attribute is declared: the element observes and
 * reflects every row (text-… included), the manifest documents every row, and the length limit
 * of the site owner's wording holds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ATTRIBUTES, MAX_TEXT_LENGTH, camelCase } from '../../src/core/attributes.js';
import { parseConfig } from '../../src/core/config.js';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { captureWarnings, part } from '../support/helpers.js';

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
}

describe('attribute table', () => {
  it('names each property after its attribute', () => {
    for (const spec of ATTRIBUTES) expect(spec.property, spec.attribute).to.equal(camelCase(spec.attribute));
    expect(new Set(ATTRIBUTES.map((spec) => spec.attribute)).size).to.equal(ATTRIBUTES.length);
  });

  it('gives every row a reflecting property on the element (lang is HTMLElement\'s own) and observes it', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    const observed = (customElements.get('cookie-consent') as unknown as { observedAttributes: string[] }).observedAttributes;
    // 'x' is a bad value for most attributes: their warnings are expected, and kept off the output.
    const warnings = captureWarnings();
    try {
      for (const { attribute, property } of ATTRIBUTES) {
        expect(observed, attribute).to.include(attribute);
        const record = element as unknown as Record<string, unknown>;
        record[property] = 'x';
        expect(element.getAttribute(attribute), `${property} → ${attribute}`).to.equal('x');
        element.setAttribute(attribute, 'y');
        expect(record[property], `${attribute} → ${property}`).to.equal('y');
        element.removeAttribute(attribute);
      }
      await element.updateComplete;
    } finally {
      warnings.restore();
    }
  });

  it('applies a text-… property at run time', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    element.textBannerTitle = 'Cookies at Northwind';
    await element.updateComplete;
    expect(part(element, 'banner')!.querySelector('h2')!.textContent).to.equal('Cookies at Northwind');
  });

  it('keeps the built-in text, with one warning, for wording over the length limit', () => {
    const long = 'a'.repeat(MAX_TEXT_LENGTH + 1);
    const { config, warnings } = parseConfig((name) => (name === 'text-accept-all' ? long : name === 'text-reject-all' ? 'No thanks' : null), 'example.com');
    expect(config.texts).to.deep.equal({ rejectAll: 'No thanks' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('text-accept-all').and.contain(`longer than ${MAX_TEXT_LENGTH}`);
  });

  it('is what custom-elements.json documents: every attribute with its property and a description', async () => {
    const response = await fetch('/custom-elements.json', { cache: 'no-store' });
    const manifest = (await response.json()) as { modules: { declarations?: { tagName?: string; attributes?: ManifestAttribute[] }[] }[] };
    const element = manifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.tagName === 'cookie-consent')!;
    const documented = element.attributes ?? [];
    expect(documented.map((attribute) => attribute.name)).to.deep.equal(ATTRIBUTES.map((spec) => spec.attribute));
    for (const attribute of documented) {
      expect(attribute.description, attribute.name).to.be.a('string').and.not.equal('');
      if (attribute.name !== 'lang') expect(attribute.fieldName, attribute.name).to.equal(camelCase(attribute.name));
    }
  });

  it('warns once per bad value set through a property, naming the attribute', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      element.expiresDays = 'soon';
      await element.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((message) => message.includes('expires-days="soon"'))).to.have.length(1);
  });
});
