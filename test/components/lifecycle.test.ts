/**
 * One source of truth per page, whatever the page does with the element: two of them, removed
 * and re-added, attributes changed after a decision, opened and closed many times.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CookieConsent } from '../../src/index.js';
import { captureWarnings, gatedInline, gatedUrl, newToken, part, requested, resetRuns, runs, settle, until } from '../support/helpers.js';

const banners = () =>
  [...document.querySelectorAll('cookie-consent')].flatMap((element) => [...(element.shadowRoot?.querySelectorAll('[part~="banner"]') ?? [])]);

/** Adds a gated inline script that records `name`, and an external one; returns their container. */
function addGated(token: string, name: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = `
    ${gatedInline(name, 'analytics')}
    <img data-category="analytics" data-src="${gatedUrl(token, `${name}.gif`)}" alt="">`;
  document.body.append(container);
  return container;
}

describe('lifecycle', () => {
  const cleanup: (() => void)[] = [];
  beforeEach(() => {
    resetRuns();
  });
  afterEach(() => {
    for (const undo of cleanup.splice(0)) undo();
  });

  it('two elements: one banner, one warning, one shared decision, each element released once', async () => {
    const token = newToken();
    const container = addGated(token, 'shared');
    cleanup.push(() => container.remove());
    const warnings = captureWarnings();
    let first: CookieConsent;
    let second: CookieConsent;
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><cookie-consent></cookie-consent><cookie-consent></cookie-consent></div>`);
      [first, second] = [...wrapper.querySelectorAll('cookie-consent')] as [CookieConsent, CookieConsent];
      await first.updateComplete;
      await second.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(banners()).to.have.length(1);
    expect(warnings.messages.filter((message) => message.includes('more than one <cookie-consent>'))).to.have.length(1);
    // The second one forwards to the first: one decision, one event, from the active element.
    const events: EventTarget[] = [];
    const record = (event: Event) => events.push(event.target!);
    document.addEventListener('consent-change', record);
    second.acceptAll();
    document.removeEventListener('consent-change', record);
    expect(events).to.deep.equal([first]);
    expect(first.consent).to.deep.equal(second.consent);
    expect(second.hasConsent('analytics')).to.equal(true);
    await until(() => runs().includes('shared'), 'the gated script');
    await until(async () => (await requested(token)).length === 1, 'the pixel');
    await settle(100);
    expect(runs()).to.deep.equal(['shared']);
    expect(await requested(token)).to.deep.equal(['shared.gif']);
    expect(banners()).to.have.length(0);
  });

  it('a second element takes over when the first is removed, as a framework re-render does', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><cookie-consent></cookie-consent></div>`);
    const first = wrapper.querySelector<CookieConsent>('cookie-consent')!;
    await first.updateComplete;
    const warnings = captureWarnings();
    const second = document.createElement('cookie-consent');
    try {
      wrapper.append(second);
      first.remove();
      await second.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(banners()).to.have.length(1);
    expect(part(second, 'banner')).to.exist;
    second.rejectAll();
    expect(second.consent).to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
  });

  it('removed and re-added: the banner comes back while undecided, and nothing is released twice', async () => {
    const token = newToken();
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expect(banners()).to.have.length(1);
    element.accept(['analytics']);
    const container = addGated(token, 'readded');
    cleanup.push(() => container.remove());
    await until(() => runs().includes('readded'), 'the gated script');
    element.remove();
    parent.append(element);
    await element.updateComplete;
    await settle(150);
    expect(banners()).to.have.length(0);
    expect(runs()).to.deep.equal(['readded']);
    expect(await requested(token)).to.deep.equal(['readded.gif']);
  });

  it('attributes changed after a decision: re-read once, nothing released twice', async () => {
    const token = newToken();
    const element = await fixture<CookieConsent>(html`<cookie-consent categories="analytics"></cookie-consent>`);
    element.acceptAll();
    const container = addGated(token, 'changed');
    cleanup.push(() => container.remove());
    await until(() => runs().includes('changed'), 'the gated script');
    // Same decision still valid: only the look changes.
    element.setAttribute('policy-url', '/privacy-v2');
    element.setAttribute('color-scheme', 'dark');
    await element.updateComplete;
    expect(element.consent).to.deep.equal({ necessary: true, analytics: true });
    expect(banners()).to.have.length(0);
    // A category the visitor was never asked about: asked again, without re-running anything.
    element.setAttribute('categories', 'analytics targeting');
    await element.updateComplete;
    expect(element.consent).to.equal(null);
    expect(banners()).to.have.length(1);
    await settle(150);
    expect(runs()).to.deep.equal(['changed']);
    expect(await requested(token)).to.deep.equal(['changed.gif']);
  });

  it('opening and closing the preferences 200 times leaves no extra nodes or listeners behind', async () => {
    const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
    element.rejectAll();
    await element.updateComplete;
    const countNodes = () => document.getElementsByTagName('*').length + element.shadowRoot!.querySelectorAll('*').length;
    // Count listeners on live nodes: additions minus removals, per target, ignoring discarded nodes.
    const live = new Map<EventTarget, number>();
    /* eslint-disable @typescript-eslint/unbound-method -- the originals are called with apply and restored below */
    const add = EventTarget.prototype.addEventListener;
    const remove = EventTarget.prototype.removeEventListener;
    /* eslint-enable @typescript-eslint/unbound-method */
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      live.set(this, (live.get(this) ?? 0) + 1);
      add.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
      live.set(this, (live.get(this) ?? 0) - 1);
      remove.apply(this, args);
    };
    const liveListeners = () =>
      [...live].filter(([target]) => !(target instanceof Node) || target.isConnected).reduce((sum, [, count]) => sum + count, 0);
    let nodesAfterFirst = 0;
    let listenersAfterFirst = 0;
    try {
      for (let i = 0; i < 200; i += 1) {
        element.showPreferences();
        await element.updateComplete;
        if (i % 2) await sendKeys({ press: 'Escape' });
        else element.hide();
        await until(() => part(element, 'preferences') === null, 'the dialog to close');
        await element.updateComplete;
        if (i === 0) {
          nodesAfterFirst = countNodes();
          listenersAfterFirst = liveListeners();
        }
      }
    } finally {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
    }
    expect(countNodes()).to.equal(nodesAfterFirst);
    expect(liveListeners()).to.equal(listenersAfterFirst);
  });

  it('works where crypto.randomUUID is missing (older engines): a random version-4 consent id', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      const element = await fixture<CookieConsent>(html`<cookie-consent></cookie-consent>`);
      const ids = new Set<string>();
      for (let i = 0; i < 3; i += 1) {
        element.reset();
        const event = new Promise<CustomEvent<{ id: string }>>((resolve) => element.addEventListener('consent-change', resolve as EventListener, { once: true }));
        element.rejectAll();
        ids.add((await event).detail.id);
      }
      expect(ids.size).to.equal(3);
      for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      if (descriptor) Object.defineProperty(Crypto.prototype, 'randomUUID', descriptor);
      else delete (Crypto.prototype as { randomUUID?: unknown }).randomUUID;
    }
  });
});
