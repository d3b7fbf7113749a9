/**
 * The one gating rule: which markup is gated and what it becomes when released. The browser's
 * release and the server's releaseGrantedMarkup both follow it, so for the same markup and the
 * same grants they must produce the same live tags.
 */
import { expect } from '@open-wc/testing';
import { GATED_SELECTOR, isGatedMarkup, releasedAttributes } from '../../src/core/gating-rules.js';
import { liveScript, releaseMedia } from '../../src/gating/release.js';
import { consentForRequest, releaseGrantedMarkup } from '../../src/server/index.js';

const record = { v: 1, id: '0f8fad5b-d9cb-469f-a165-70867728950e', created: 1700000000000, updated: 1700000000000, rev: '1', granted: ['necessary', 'analytics', 'targeting'], denied: ['functionality'] };
const cookie = `cookie_consent=${encodeURIComponent(JSON.stringify(record))}`;

/** Markup a site writes, gated or not. */
const SAMPLES = [
  '<script type="text/plain" data-category="analytics" src="/a.js" async integrity="sha384-x" crossorigin="anonymous" id="ga" class="tag" data-extra="1"></script>',
  '<script type="text/plain" data-category="analytics" data-type="module" src="/m.js"></script>',
  '<script type="text/plain" data-category="analytics" data-src="/vanilla-style.js"></script>',
  '<script type="TEXT/PLAIN" data-category="analytics">window.x = 1</script>',
  '<iframe data-category="targeting" data-src="/video.html" src="about:blank" title="Video" width="300"></iframe>',
  '<img data-category="analytics targeting" data-src="/pixel.gif" data-srcset="/pixel-2x.gif 2x" alt="">',
];

/** Attributes of the first element in `html`, sorted, as name=value strings. */
function attributesOf(element: Element): string[] {
  return [...element.attributes].map(({ name, value }) => `${name}=${value}`).sort();
}

const parse = (html: string) => new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body.firstElementChild!;

describe('gating rules', () => {
  it('call gated exactly what the selector matches', () => {
    const cases = [...SAMPLES, '<script src="/plain.js"></script>', '<script type="text/plain" src="/no-category.js"></script>', '<iframe data-category="analytics" src="/x.html"></iframe>', '<img data-src="/y.gif" alt="">'];
    for (const html of cases) {
      const element = parse(html);
      const attributes = [...element.attributes].map(({ name, value }) => ({ name, value }));
      expect(isGatedMarkup(element.localName, attributes), html).to.equal(element.matches(GATED_SELECTOR));
    }
  });

  it('keep a script\'s other attributes and turn data-type and data-src into type and src', () => {
    const attributes = releasedAttributes('script', [
      { name: 'type', value: 'text/plain' },
      { name: 'data-category', value: 'analytics' },
      { name: 'data-type', value: 'module' },
      { name: 'data-src', value: '/m.js' },
      { name: 'nonce', value: 'n' },
    ]);
    expect(attributes).to.deep.equal([
      { name: 'type', value: 'module' },
      { name: 'data-category', value: 'analytics' },
      { name: 'nonce', value: 'n' },
      { name: 'src', value: '/m.js' },
    ]);
  });

  it('are applied the same way by the browser and by the server', () => {
    const consent = consentForRequest({ categories: 'analytics functionality targeting' }, { cookie });
    for (const html of SAMPLES) {
      const fromServer = parse(releaseGrantedMarkup(html, consent));
      const placeholder = parse(html);
      let fromBrowser: Element;
      if (placeholder instanceof HTMLScriptElement) fromBrowser = liveScript(placeholder);
      else {
        releaseMedia(placeholder as HTMLIFrameElement | HTMLImageElement);
        fromBrowser = placeholder;
      }
      expect(attributesOf(fromServer), html).to.deep.equal(attributesOf(fromBrowser));
      expect(fromServer.textContent, html).to.equal(fromBrowser.textContent);
      expect(fromServer.matches(GATED_SELECTOR), `${html} is no longer gated`).to.equal(false);
    }
  });

  it('leave markup alone on the server when a category is not granted', () => {
    const consent = consentForRequest({ categories: 'analytics functionality targeting' }, { cookie });
    const html = '<script type="text/plain" data-category="analytics functionality" src="/both.js"></script>';
    expect(releaseGrantedMarkup(html, consent)).to.equal(html);
  });
});
