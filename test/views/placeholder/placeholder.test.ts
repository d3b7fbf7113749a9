/**
 * The placeholder's template alone: the notice names the category, and each button calls its
 * handler.
 */
import { expect } from '@open-wc/testing';
import de from '../../../src/core/texts/de.js';
import en from '../../../src/core/texts/en.js';
import { placeholderTemplate } from '../../../src/views/placeholder/placeholder.template.js';
import { placeholderStyles } from '../../../src/views/placeholder/placeholder.styles.js';
import { inPart, renderView } from '../../support/render-view.js';

describe('placeholder view', () => {
  it('names the category it needs, as a labelled group, with "Load this once" and "Allow …"', async () => {
    const calls: string[] = [];
    const root = await renderView(
      placeholderTemplate({ texts: en, label: 'Functionality', onLoadOnce: () => calls.push('once'), onAllow: () => calls.push('allow') }),
      placeholderStyles,
    );
    const group = inPart(root, 'placeholder');
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('This content is blocked because it sets Functionality cookies.');
    expect(inPart(root, 'allow-category').textContent).to.equal('Allow Functionality');
    inPart(root, 'load-once').click();
    inPart(root, 'allow-category').click();
    expect(calls).to.deep.equal(['once', 'allow']);
  });

  it('is written in the texts\' language', async () => {
    const root = await renderView(placeholderTemplate({ texts: de, label: 'Funktional', onLoadOnce: () => undefined, onAllow: () => undefined }), placeholderStyles);
    expect(inPart(root, 'placeholder').getAttribute('lang')).to.equal('de');
    expect(inPart(root, 'load-once').textContent).to.equal(de.loadOnce);
  });
});
