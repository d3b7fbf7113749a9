/**
 * The preferences' template alone: one switch per category, necessary on and disabled, save
 * hands over exactly the switches that are on, and the consent id once decided.
 */
import { expect } from '@open-wc/testing';
import en from '../../../src/core/texts/en.js';
import { preferencesTemplate, type PreferencesView } from '../../../src/views/preferences/preferences.template.js';
import { preferencesStyles } from '../../../src/views/preferences/preferences.styles.js';
import { inPart, renderView } from '../../support/render-view.js';

function view(changes: Partial<PreferencesView> = {}): PreferencesView & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    texts: en,
    categories: ['necessary', 'analytics', 'targeting'],
    policyUrl: null,
    isOn: (id) => id === 'analytics',
    onSave: (granted) => calls.push(['save', granted]),
    onAcceptAll: () => calls.push('accept-all'),
    onRejectAll: () => calls.push('reject-all'),
    onClose: () => calls.push('close'),
    gpc: false,
    consentId: null,
    ...changes,
    calls,
  };
}

const toggles = (root: ShadowRoot) => [...root.querySelectorAll<HTMLInputElement>('[part~="toggle"]')];

describe('preferences view', () => {
  it('has one labelled switch per category, necessary on and disabled, none pre-ticked beyond the decision', async () => {
    const root = await renderView(preferencesTemplate(view()), preferencesStyles);
    expect(inPart(root, 'preferences').localName).to.equal('dialog');
    expect(toggles(root).map(({ name, checked, disabled }) => ({ name, checked, disabled }))).to.deep.equal([
      { name: 'necessary', checked: true, disabled: true },
      { name: 'analytics', checked: true, disabled: false },
      { name: 'targeting', checked: false, disabled: false },
    ]);
    for (const toggle of toggles(root)) {
      expect(toggle.getAttribute('role')).to.equal('switch');
      expect(toggle.closest('label')!.textContent).to.contain(en.categories[toggle.name as 'analytics'].label);
      expect(root.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).to.equal(en.categories[toggle.name as 'analytics'].description);
    }
  });

  it('saves exactly the switches that are on', async () => {
    const preferences = view();
    const root = await renderView(preferencesTemplate(preferences), preferencesStyles);
    toggles(root)[1]!.click();
    toggles(root)[2]!.click();
    inPart(root, 'save').click();
    inPart(root, 'accept-all').click();
    inPart(root, 'reject-all').click();
    expect(preferences.calls).to.deep.equal([['save', ['necessary', 'targeting']], 'accept-all', 'reject-all']);
  });

  it('shows the consent id once decided, and the GPC notice when honoured', async () => {
    const root = await renderView(preferencesTemplate(view({ consentId: '0f8fad5b-d9cb-469f-a165-70867728950e', gpc: true })), preferencesStyles);
    expect(inPart(root, 'consent-id').textContent).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(inPart(root, 'gpc-notice').textContent).to.equal(en.gpcNotice);
  });
});
