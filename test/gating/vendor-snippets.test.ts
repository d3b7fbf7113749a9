/**
 * The vendors' own published snippets (GA4, Meta Pixel, Hotjar, Clarity, YouTube), inserted by a
 * loader script as a tag manager does, with no marking at all: nothing reaches the vendors
 * before consent, and each loads once after it. The snippets are verbatim but for their hosts,
 * pointed at this test server (`/__vendor/<token>/<host>/…`, logged there) since the machine is
 * offline; each real URL is checked against the catalogue's own patterns, and the page's
 * services use those patterns moved onto the stand-in.
 */
import { expect } from '@open-wc/testing';
import { SCRIPT } from '../support/banner.js';
import { consentElementOf, loadPage, newToken, requested, runs, settle, until } from '../support/helpers.js';
import { CATALOGUE_IDS, type CatalogueEntry } from '../../src/core/catalogue/catalogue.js';
import { loadService } from '../../src/core/load-data.js';
import { matchesUrl, parseUrlPattern } from '../../src/core/url-patterns.js';

/** The snippets as their vendors publish them (ids are placeholders), with the URLs each loads. */
const SNIPPETS: Record<string, { html: string; loads: string[] }> = {
  // https://developers.google.com/tag-platform/gtagjs/install
  'google-analytics': {
    html: `<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST123"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-TEST123');
</script>`,
    loads: ['https://www.googletagmanager.com/gtag/js?id=G-TEST123'],
  },
  // https://developers.facebook.com/docs/meta-pixel/get-started
  'meta-pixel': {
    html: `<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>`,
    loads: ['https://connect.facebook.net/en_US/fbevents.js'],
  },
  // https://help.hotjar.com/hc/en-us/articles/115009336727 (the tracking code)
  hotjar: {
    html: `<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`,
    loads: ['https://static.hotjar.com/c/hotjar-1234567.js?sv=6'],
  },
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup
  clarity: {
    html: `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "testproject");
</script>`,
    loads: ['https://www.clarity.ms/tag/testproject'],
  },
  // https://developers.google.com/youtube/iframe_api_reference and the embed code of "Share > Embed"
  youtube: {
    html: `<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
<script>
  var tag = document.createElement('script');
  tag.src = "https://www.youtube.com/iframe_api";
  var firstScriptTag = document.getElementsByTagName('script')[0];
  firstScriptTag.parentNode.insertBefore(tag, firstScriptTag);
</script>`,
    loads: ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube.com/iframe_api'],
  },
};

/** A loader as tag managers write them: each snippet's elements made anew with `createElement` and `setAttribute`, inline code included. */
const LOADER = `function insertSnippet(source) {
  const template = document.createElement('template');
  template.innerHTML = source;
  for (const node of template.content.children) {
    const element = document.createElement(node.localName);
    for (const { name, value } of node.attributes) element.setAttribute(name, value);
    element.textContent = node.textContent;
    (node.localName === 'script' ? document.head : document.body).append(element);
  }
}`;

/** Every `https://host/path` in `text` → the stand-in `http://127.0.0.1:<port>/__vendor/<token>/host/path`. */
const standIn = (text: string, token: string) => text.replaceAll('https://', `http://127.0.0.1:${location.port}/__vendor/${token}/`);

const entries = new Map<string, CatalogueEntry>();
before(async () => {
  for (const id of CATALOGUE_IDS) entries.set(id, (await loadService(id)) as CatalogueEntry);
});

describe("auto-blocking the vendors' own snippets", () => {
  it("every URL the snippets load is one the catalogue's patterns hold back", () => {
    for (const [id, { loads }] of Object.entries(SNIPPETS)) {
      for (const url of loads) {
        const holding = [...entries].filter(([, entry]) => entry.urls.some((pattern) => matchesUrl(parseUrlPattern(pattern)!, new URL(url)))).map(([name]) => name);
        expect(holding, url).to.deep.equal([id]);
      }
    }
  });

  it('inserted by a loader with no marking: nothing reaches a vendor before consent; after it, each loads once', async () => {
    const token = newToken();
    // Each service's patterns are its loaded URLs' hosts and paths, on the stand-in.
    const services = Object.entries(SNIPPETS)
      .map(([id, { loads }]) => `<cookie-service name="${id}" urls="${loads.map((url) => standIn(url, token).replace(/^http:\/\//, '').replace(/\?.*$/, '')).join(' ')}"></cookie-service>`)
      .join('');
    const snippets = Object.values(SNIPPETS).map(({ html }) => standIn(html, token));
    const win = await loadPage(
      `<cookie-consent policy-url="/privacy">${services}</cookie-consent><a href="#" data-cookie-consent="preferences">Cookie settings</a>
       <script>${LOADER}\n${snippets.map((snippet) => `insertSnippet(${JSON.stringify(snippet).replaceAll('</', '<\\/')});`).join('\n')}</script>`,
      SCRIPT,
    );
    await settle(500);
    expect(await requested(token), 'requests to the vendors before consent').to.deep.equal([]);
    expect(runs(win)).to.deep.equal([]);
    const element = consentElementOf(win);
    await element.updateComplete;
    element.acceptAll();
    const expected = Object.values(SNIPPETS).flatMap(({ loads }) => loads.map((url) => url.replace(/^https:\/\//, '')));
    await until(async () => (await requested(token)).length >= expected.length, 'every vendor after consent');
    await settle(300);
    expect((await requested(token)).sort()).to.deep.equal(expected.sort());
  });
});
