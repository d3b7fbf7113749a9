/**
 * The settings button's template alone: an icon button with an accessible name, hidden (not
 * removed) on request, opening the preferences with itself as the opener.
 */
import { expect } from '@open-wc/testing';
import en from '../../../src/core/texts/en.js';
import { settingsButtonTemplate } from '../../../src/views/settings-button/settings-button.template.js';
import { settingsButtonStyles } from '../../../src/views/settings-button/settings-button.styles.js';
import { inPart, renderView } from '../../support/render-view.js';

describe('settings button view', () => {
  it('is a button named in the texts\' language whose icon is decorative', async () => {
    const openers: EventTarget[] = [];
    const root = await renderView(settingsButtonTemplate({ texts: en, label: en.settingsButton, side: 'start', hidden: false, onOpen: (event) => openers.push(event.currentTarget!) }), settingsButtonStyles);
    const button = inPart<HTMLButtonElement>(root, 'settings-button');
    expect(button.getAttribute('aria-label')).to.equal(en.settingsButton);
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(button.getBoundingClientRect().width).to.be.at.least(24);
    button.click();
    expect(openers).to.deep.equal([button]);
  });

  it('is hidden, not removed, while another layer shows', async () => {
    const root = await renderView(settingsButtonTemplate({ texts: en, label: en.settingsButton, side: 'start', hidden: true, onOpen: () => undefined }), settingsButtonStyles);
    const button = inPart(root, 'settings-button');
    expect(button.hidden).to.equal(true);
    expect(getComputedStyle(button).display).to.equal('none');
  });

});
