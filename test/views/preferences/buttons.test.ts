/**
 * The preferences' three decisions (reject all, accept all, save) on a phone and a desktop, in
 * every built-in language: all on screen, of equal weight, all in one row or all in one column,
 * and no label broken inside a word. Drawn in an iframe of the screen's size, as the first
 * layer's phone test does, so every engine measures the same viewport.
 */
import { expect } from '@open-wc/testing';
import { BUILT_IN_LANGUAGES } from '../../../src/core/texts/catalog.js';
import { loadTexts } from '../../../src/core/load-data.js';
import type { Texts } from '../../../src/core/texts/texts.js';
import { preferencesTemplate } from '../../../src/views/preferences/preferences.template.js';
import { preferencesStyles } from '../../../src/views/preferences/preferences.styles.js';
import { decisionButtonFaults, FONT, hasFont } from '../../support/decision-buttons.js';
import { renderInFrame, viewportFrame } from '../../support/render-view.js';

const BUTTONS = ['reject-all', 'accept-all', 'save'];
const SCREENS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];

/** Draws the preferences, open, in `win`. */
function draw(win: Window, texts: Texts): Promise<ShadowRoot> {
  const none = () => undefined;
  const view = { texts, categories: ['necessary', 'analytics', 'functionality', 'targeting'], policyUrl: '/privacy', isOn: () => false, onSave: none, onAcceptAll: none, onRejectAll: none, onClose: none, gpc: false, consentId: null };
  return renderInFrame(win, preferencesTemplate(view), preferencesStyles, FONT, (root) => {
    root.querySelector('dialog')!.showModal();
  });
}

for (const { width, height } of SCREENS) {
  describe(`the preferences' buttons at ${width}×${height}`, () => {
    let frame: HTMLIFrameElement;
    before(async () => {
      frame = await viewportFrame(width, height);
    });
    after(() => {
      frame.remove();
    });

    for (const lang of BUILT_IN_LANGUAGES) {
      it(`are on screen, of equal weight, in one row or one column, unbroken, in ${lang}`, async function () {
        const texts = (await loadTexts(lang)) as Texts;
        if (!hasFont(texts.bannerDescription)) this.skip();
        const win = frame.contentWindow!;
        const root = await draw(win, texts);
        const buttons = BUTTONS.map((name) => ({ name, element: root.querySelector<HTMLElement>(`.actions [part~="${name}"]`)! }));
        // Scrolled to the end as a visitor would: the dialog scrolls when its switches are long.
        buttons.at(-1)!.element.scrollIntoView({ block: 'end' });
        const faults = decisionButtonFaults(win, buttons, root.querySelector('dialog')!.getBoundingClientRect(), texts.lang);
        expect(faults.join("; "), `${lang} at ${width}×${height}`).to.equal("");
      });
    }
  });
}
