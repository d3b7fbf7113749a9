/**
 * The first layer on phones (issue 11), in every built-in language: at 320×640 it covers at most
 * half the screen, at 640×360 (a phone held sideways) at most two thirds; nothing scrolls inside
 * it; its three buttons are on screen, of equal weight, all in one row or all in one column, and
 * no label breaks inside a word.
 *
 * The banner is drawn in an iframe of the phone's size, a viewport of its own (media queries,
 * fixed positioning): the same in every engine, where resizing the test page's own viewport is
 * not (WebKit over WebDriver classic cannot set one).
 */
import { expect } from '@open-wc/testing';
import { BUILT_IN_LANGUAGES } from '../../../src/core/texts/catalog.js';
import { loadTexts } from '../../../src/core/load-data.js';
import type { Texts } from '../../../src/core/texts/texts.js';
import { bannerTemplate } from '../../../src/views/banner/banner.template.js';
import { bannerStyles } from '../../../src/views/banner/banner.styles.js';
import { decisionButtonFaults, FONT, hasFont, within } from '../../support/decision-buttons.js';
import { inPart, renderInFrame, viewportFrame } from '../../support/render-view.js';

const BUTTONS = ['accept-all', 'reject-all', 'customize'] as const;
interface Screen {
  readonly width: number;
  readonly height: number;
  /** Largest share of the screen the first layer may cover. */
  readonly limit: number;
}
const SCREENS: readonly Screen[] = [
  { width: 320, height: 640, limit: 1 / 2 },
  { width: 640, height: 360, limit: 2 / 3 },
];

/** Where a banner is drawn: an iframe of the screen's size. */
interface Stage {
  draw(texts: Texts): Promise<ShadowRoot>;
  readonly win: Window;
  close(): Promise<void>;
}

function view(texts: Texts) {
  const none = () => undefined;
  return { texts, categories: ['necessary', 'analytics', 'functionality', 'targeting'], policyUrl: '/privacy', gpc: false, rule: 'site' as const, optOut: [], onAcceptAll: none, onRejectAll: none, onCustomize: none, onDoNotSell: none, onDismiss: none };
}

async function phoneFrame(screen: Screen): Promise<Stage> {
  const frame = await viewportFrame(screen.width, screen.height);
  const win = frame.contentWindow!;
  return {
    win,
    draw: (texts) => renderInFrame(win, bannerTemplate(view(texts)), bannerStyles, FONT),
    close: () => {
      frame.remove();
      return Promise.resolve();
    },
  };
}

/** What is wrong with the banner in `root` on this screen, if anything; and its share of the screen. */
function problems(root: ShadowRoot, win: Window, texts: Texts): { share: number; faults: string[] } {
  const faults: string[] = [];
  const banner = inPart(root, 'banner');
  const box = banner.getBoundingClientRect();
  const share = (box.width * box.height) / (win.innerWidth * win.innerHeight);
  if (banner.scrollHeight > banner.clientHeight) faults.push(`scrolls inside (${banner.scrollHeight} > ${banner.clientHeight} px)`);
  if (!within(box, { left: 0, top: 0, right: win.innerWidth, bottom: win.innerHeight })) faults.push('the banner is not all on screen');
  faults.push(...decisionButtonFaults(win, BUTTONS.map((name) => ({ name, element: inPart(root, name) })), box, texts.lang));
  const fontSize = parseFloat(win.getComputedStyle(root.querySelector('p')!).fontSize);
  if (fontSize < 14) faults.push(`the description is ${fontSize} px`);
  return { share, faults };
}

for (const screen of SCREENS) {
  describe(`the first layer at ${screen.width}×${screen.height}`, () => {
    let stage: Stage;
    before(async () => {
      stage = await phoneFrame(screen);
    });
    after(async () => {
      await stage.close();
    });

    for (const lang of BUILT_IN_LANGUAGES) {
      it(`covers at most ${Math.round(screen.limit * 100)}% with all three buttons on screen, of equal weight, in ${lang}`, async function () {
        const texts = (await loadTexts(lang)) as Texts;
        // No font for the script on this machine (Thai and Devanagari here): skipped, not passed.
        if (!hasFont(texts.bannerDescription)) this.skip();
        const root = await stage.draw(texts);
        const { share, faults } = problems(root, stage.win, texts);
        if (share > screen.limit) faults.unshift(`covers ${(share * 100).toFixed(1)}% of the screen`);
        expect(faults, `${lang} at ${screen.width}×${screen.height} (covers ${(share * 100).toFixed(1)}%)`).to.deep.equal([]);
      });
    }
  });
}
