/**
 * The first layer's template alone: what it shows, in which order, in which language, and
 * which handler each button calls.
 */
import { expect } from '@open-wc/testing';
import en from '../../../src/core/texts/en.js';
import he from '../../../src/core/texts/he.js';
import { bannerTemplate, type BannerView } from '../../../src/views/banner/banner.template.js';
import { bannerStyles } from '../../../src/views/banner/banner.styles.js';
import { inPart, renderView } from '../../support/render-view.js';

function view(changes: Partial<BannerView> = {}): BannerView & { calls: string[] } {
  const calls: string[] = [];
  return {
    texts: en,
    categories: ['necessary', 'analytics', 'live-chat'],
    policyUrl: '/privacy',
    gpc: false,
    rule: 'site',
    optOut: [],
    onAcceptAll: () => calls.push('accept-all'),
    onRejectAll: () => calls.push('reject-all'),
    onDoNotSell: () => calls.push('do-not-sell'),
    onDismiss: () => calls.push('dismiss'),
    onCustomize: (event) => calls.push(`customize from ${(event.currentTarget as Element).getAttribute('part') ?? ''}`),
    ...changes,
    calls,
  };
}

describe('banner view', () => {
  it('is a labelled region with the purposes, the policy link and three buttons in one order', async () => {
    const root = await renderView(bannerTemplate(view()), bannerStyles);
    const banner = inPart(root, 'banner');
    expect(banner.localName).to.equal('section');
    expect(root.getElementById(banner.getAttribute('aria-labelledby')!)!.textContent).to.equal(en.bannerTitle);
    expect(banner.textContent).to.contain(`${en.purposesLabel} Analytics, Live chat`);
    expect(inPart<HTMLAnchorElement>(root, 'policy-link').getAttribute('href')).to.equal('/privacy');
    expect([...root.querySelectorAll('button')].map((button) => button.getAttribute('part'))).to.deep.equal(['accept-all', 'reject-all', 'customize']);
    expect(inPart(root, 'customize').getAttribute('aria-haspopup')).to.equal('dialog');
    expect(root.querySelector('[part~="gpc-notice"]')).to.equal(null);
  });

  it('calls the handler of the button clicked, Customize with itself as the opener', async () => {
    const banner = view();
    const root = await renderView(bannerTemplate(banner), bannerStyles);
    for (const name of ['reject-all', 'customize', 'accept-all']) inPart(root, name).click();
    expect(banner.calls).to.deep.equal(['reject-all', 'customize from customize', 'accept-all']);
  });

  it('says when Global Privacy Control is honoured, and shows no link without a policy', async () => {
    const root = await renderView(bannerTemplate(view({ gpc: true, policyUrl: null, categories: ['necessary'] })), bannerStyles);
    expect(inPart(root, 'gpc-notice').textContent).to.equal(en.gpcNotice);
    expect(root.querySelector('[part~="policy-link"]')).to.equal(null);
    expect(inPart(root, 'banner').textContent, 'no purposes line without optional categories').not.to.contain(en.purposesLabel);
  });

  it('is written in the texts\' language and direction', async () => {
    const root = await renderView(bannerTemplate(view({ texts: he })), bannerStyles);
    const banner = inPart(root, 'banner');
    expect(banner.getAttribute('lang')).to.equal('he');
    expect(banner.getAttribute('dir')).to.equal('rtl');
    expect(inPart(root, 'accept-all').textContent).to.equal(he.acceptAll);
  });

  it('shows text as text, never as markup', async () => {
    const root = await renderView(bannerTemplate(view({ texts: { ...en, bannerTitle: '<img src=x onerror=alert(1)>' } })), bannerStyles);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });
});
