/**
 * Keeping placeholders over held iframes (src/views/placeholder/placeholders.ts and the two
 * helpers it uses), driven directly in the test document: the frame keeps its box and does not
 * show whatever the page's CSS says, the placeholder covers that box and stays on it, release
 * restores the frame exactly, and bad input never throws. The product on real sites' CSS is
 * test/compliance/placeholders.test.ts's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import en from '../../../src/core/texts/en.js';
import { syncPlaceholders, type PlaceholderHost } from '../../../src/views/placeholder/placeholders.js';
import { inPlaceholder, placeholderOf } from '../../support/banner.js';
import { until } from '../../support/helpers.js';

/** A host that grants nothing and records the frames loaded once. */
function hostFor(loaded: HTMLIFrameElement[] = []): PlaceholderHost {
  return { texts: en, isGranted: () => false, colorScheme: 'light', loadOnce: (frame) => loaded.push(frame), allow: () => undefined };
}

/** After the next two rendered frames (ResizeObserver callbacks included). */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Whether the frame has a box and `notice` covers it to within a pixel. */
function covers(notice: Element, frame: Element): boolean {
  const [a, b] = [notice.getBoundingClientRect(), frame.getBoundingClientRect()];
  return b.width > 0 && b.height > 0 && (['left', 'top', 'width', 'height'] as const).every((side) => Math.abs(a[side] - b[side]) <= 1);
}

const noticeOf = (frame: HTMLIFrameElement) => inPlaceholder(placeholderOf(frame)!, 'placeholder')!;

/** Markup of a held frame, as the gatekeeper leaves it (no src). */
const held = (attributes = '') => `<iframe data-category="targeting" data-src="/never" title="Video" ${attributes}></iframe>`;

/** Renders `markup` in the test document and returns the iframe in it. */
async function frameIn(markup: string): Promise<HTMLIFrameElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div .innerHTML=${markup}></div>`);
  return wrapper.querySelector('iframe')!;
}

describe('placeholders over held iframes', () => {
  it('keep the frame invisible against any author rule, and restore its own style exactly on release', async () => {
    const frame = await frameIn(
      `<style>iframe { display: block !important; visibility: visible !important; }</style>${held('style="border: 0; visibility: visible"')}`,
    );
    const style = frame.getAttribute('style');
    const shown = syncPlaceholders([frame], [], hostFor());
    expect(getComputedStyle(frame).visibility, 'held: invisible').to.equal('hidden');
    expect(frame.hidden, 'no hidden attribute, which site CSS overrides').to.equal(false);
    expect(frame.getClientRects().length, 'the frame keeps its box').to.equal(1);

    syncPlaceholders([], shown, hostFor());
    expect(frame.getAttribute('style'), 'its own style, as it was').to.equal(style);
    expect(getComputedStyle(frame).visibility).to.equal('visible');
    expect(placeholderOf(frame), 'the placeholder is gone').to.equal(null);

    const bare = await frameIn(held());
    syncPlaceholders([], syncPlaceholders([bare], [], hostFor()), hostFor());
    expect(bare.outerHTML, 'no style attribute left on a frame that had none').to.not.contain('style');
  });

  it("cover the frame's box whatever the page's rules for its box say", async () => {
    const frame = await frameIn(
      `<style>
        .embed div { display: none !important; position: static !important; margin: 40px !important; width: 10px !important; transform: scale(0.5) !important; transition: all 5s !important; }
      </style><div class="embed">${held('width="320" height="180"')}</div>`,
    );
    syncPlaceholders([frame], [], hostFor());
    await frames();
    const notice = noticeOf(frame);
    expect(covers(notice, frame), 'the notice covers the frame').to.equal(true);
    const { left, top, width, height } = frame.getBoundingClientRect();
    expect(document.elementFromPoint(left + width / 2, top + height / 2) === placeholderOf(frame), 'on top at the centre').to.equal(true);
  });

  it('follow the frame when its wrapper resizes and when the scroll container around it scrolls', async () => {
    const frame = await frameIn(
      `<div id="scroller" style="height: 200px; overflow: auto"><div style="height: 150px"></div><div id="wrap" style="width: 400px">${held('style="display: block; width: 100%; height: auto; aspect-ratio: 16 / 9; border: 0"')}</div><div style="height: 600px"></div></div>`,
    );
    syncPlaceholders([frame], [], hostFor());
    await frames();
    expect(covers(noticeOf(frame), frame), 'at first').to.equal(true);
    frame.ownerDocument.getElementById('wrap')!.style.width = '300px';
    await until(() => covers(noticeOf(frame), frame), 'the placeholder to follow the resized frame', 2000);
    frame.ownerDocument.getElementById('scroller')!.scrollTop = 120;
    await until(() => covers(noticeOf(frame), frame), 'the placeholder to follow the scrolled frame', 2000);
  });

  it('never throw on bad input: a zero-sized frame, one the site hides, a detached one', async () => {
    const zero = await frameIn(held('style="width: 0; height: 0; border: 0"'));
    const none = await frameIn(held('style="display: none"'));
    const detached = document.createElement('iframe');
    detached.setAttribute('data-category', 'targeting');
    const bad = [zero, none, detached];
    let shown: HTMLIFrameElement[] = [];
    expect(() => (shown = syncPlaceholders(bad, [], hostFor()))).to.not.throw();
    await frames();
    for (const frame of [zero, none]) {
      expect(placeholderOf(frame)?.getClientRects().length ?? 0, 'no visible placeholder where there is no box').to.equal(0);
    }
    expect(detached.previousSibling, 'nothing inserted beside a detached frame').to.equal(null);
    expect(() => syncPlaceholders([], shown, hostFor())).to.not.throw();
    expect(zero.style.visibility).to.equal('');
  });
});
