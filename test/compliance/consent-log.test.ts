/**
 * Proof of consent, `consent-endpoint`: each decision is sent as one JSON record to the site's
 * endpoint. The test server's /__consent-log/<token> stands in for it and tells the test what it
 * received (the Content-Type and the body). The beacon reaches the server a moment after the
 * decision, so the log is polled.
 */
import { expect } from '@open-wc/testing';
import type { CookieConsent } from '../../src/index.js';
import { bannerButton, categorySwitch, GPC_ON, loadBannerPage, openPreferences, SCRIPT } from '../support/banner.js';
import { consentElementOf, cookieValue, loadPage, newToken, part, settle, storeDecision, storedRecord, until, writtenRecord } from '../support/helpers.js';

/**
 * Records every beacon and every POST the page sends (passing them on), so a test can tell that
 * nothing went anywhere, whatever the URL.
 */
const WATCH_SENDS = `<script>
  window.__sent = [];
  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url, data) => { window.__sent.push('beacon ' + url); return beacon(url, data); };
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    if (init && init.method && init.method.toUpperCase() === 'POST') window.__sent.push('fetch ' + String(input));
    return originalFetch(input, init);
  };
</script>`;

interface Received {
  type: string;
  body: string;
}
interface LogEntry {
  v: number;
  id: string;
  consent: Record<string, boolean>;
  granted: string[];
  revision: string;
  created: string;
  time: string;
  gpc: boolean;
  rule: string;
  region?: string;
}

const endpoint = (token: string) => `/__consent-log/${token}`;

/** What the stand-in endpoint has received. */
async function received(token: string): Promise<Received[]> {
  const response = await fetch(endpoint(token), { cache: 'no-store' });
  return (await response.json()) as Received[];
}
/** Waits until the endpoint has received `count` records; returns them, bodies parsed. */
async function receivedEntries(token: string, count: number): Promise<{ type: string; entry: LogEntry }[]> {
  let list: Received[] = [];
  await until(async () => (list = await received(token)).length >= count, `${count} record(s) at the consent endpoint`);
  return list.map(({ type, body }) => ({ type, entry: JSON.parse(body) as LogEntry }));
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KEYS = ['consent', 'created', 'gpc', 'granted', 'id', 'revision', 'rule', 'time', 'v'];

/** A first visit with the banner showing; `head` goes before the product script. */
const bannerPage = (attributes: string, head = '') => loadBannerPage(`<cookie-consent ${attributes}></cookie-consent>`, `${head}${SCRIPT}`);

describe('consent-endpoint', () => {
  // The test server opens the real receiver's embedded PostgreSQL on first use, which takes
  // seconds on a loaded machine: open it here, not inside a test's 10 s.
  before(async function () {
    this.timeout(60_000);
    const response = await fetch('/__log/history/warm-up', { cache: 'no-store' });
    expect(response.status, 'the test server\'s consent-log receiver').to.equal(200);
  });

  it('the real receiver (cookie-consent-banner/log on PostgreSQL) stores the beacon: the visitor\'s history has the decision', async () => {
    const { element } = await bannerPage('consent-endpoint="/__log/consent" region="DE"');
    bannerButton(element, 'accept-all')!.click();
    const id = (await writtenRecord()).id;
    let stored: { entry: LogEntry; hash: string }[] = [];
    await until(async () => {
      stored = (await (await fetch(`/__log/history/${id}`, { cache: 'no-store' })).json()) as typeof stored;
      return stored.length === 1;
    }, 'the stored decision');
    expect(stored[0]!.entry).to.include({ id, rule: 'opt-in', region: 'DE', gpc: false });
    expect(stored[0]!.entry.granted).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    expect(stored[0]!.hash).to.match(/^[0-9a-f]{64}$/);
  });

  it('a decision made under a regional rule sends its region and rule', async () => {
    const token = newToken();
    const { element } = await bannerPage(`consent-endpoint="${endpoint(token)}" region="de"`);
    bannerButton(element, 'reject-all')!.click();
    const [first] = await receivedEntries(token, 1);
    expect(first!.entry).to.include({ v: 2, region: 'DE', rule: 'opt-in' });
  });

  it('a decision sends exactly one JSON record, with exactly v, id, consent, granted, revision, created, time, gpc and rule', async () => {
    const token = newToken();
    const { element } = await bannerPage(`consent-endpoint="${endpoint(token)}" revision="7"`);
    bannerButton(element, 'accept-all')!.click();
    const [first] = await receivedEntries(token, 1);
    const { entry } = first!;
    const record = storedRecord('cookie_consent', element.ownerDocument);
    expect(Object.keys(entry).sort()).to.deep.equal(KEYS);
    expect(entry.v).to.equal(2);
    expect(entry.rule).to.equal('site');
    expect(entry.id).to.equal(record.id);
    expect(entry.consent).to.deep.equal({ necessary: true, analytics: true, functionality: true, targeting: true });
    expect(entry.granted).to.deep.equal(['necessary', 'analytics', 'functionality', 'targeting']);
    expect(entry.revision).to.equal('7');
    expect(entry.time).to.match(ISO);
    expect(entry.created).to.match(ISO);
    expect(entry.time).to.equal(new Date(record.updated).toISOString());
    expect(entry.created).to.equal(new Date(record.created).toISOString());
    expect(Math.abs(Date.parse(entry.time) - Date.now())).to.be.below(60_000);
    expect(entry.gpc).to.equal(false);
    await settle(300);
    expect(await received(token), 'exactly one record per decision').to.have.length(1);
  });

  it('is sent same-origin with navigator.sendBeacon as application/json', async () => {
    const token = newToken();
    const { page, element } = await bannerPage(`consent-endpoint="${endpoint(token)}"`, WATCH_SENDS);
    bannerButton(element, 'reject-all')!.click();
    const [first] = await receivedEntries(token, 1);
    expect((page as unknown as { __sent: string[] }).__sent, 'one beacon').to.deep.equal([`beacon ${endpoint(token)}`]);
    expect(first!.type.split(';')[0]!.trim().toLowerCase()).to.equal('application/json');
    expect(first!.entry.consent).to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
    expect(first!.entry.granted).to.deep.equal(['necessary']);
  });

  it('saving the preferences sends what was switched on', async () => {
    const token = newToken();
    const { element } = await bannerPage(`consent-endpoint="${endpoint(token)}" categories="analytics functionality"`);
    await openPreferences(element);
    categorySwitch(element, 'functionality').click();
    part(element, 'save')!.click();
    const [first] = await receivedEntries(token, 1);
    expect(first!.entry.consent).to.deep.equal({ necessary: true, analytics: false, functionality: true });
    expect(first!.entry.granted).to.deep.equal(['necessary', 'functionality']);
    expect(first!.entry.id).to.equal(storedRecord('cookie_consent', element.ownerDocument).id);
  });

  it('a second decision by the same visitor keeps the id and the first decision time', async () => {
    const token = newToken();
    const { element } = await bannerPage(`consent-endpoint="${endpoint(token)}"`);
    bannerButton(element, 'accept-all')!.click();
    await receivedEntries(token, 1);
    await settle(20);
    await openPreferences(element, 'api');
    part(element, 'preferences')!.querySelector<HTMLElement>('[part~="reject-all"]')!.click();
    const entries = (await receivedEntries(token, 2)).map(({ entry }) => entry);
    expect(entries).to.have.length(2);
    const [first, second] = entries as [LogEntry, LogEntry];
    expect(second.id).to.equal(first.id);
    expect(second.created).to.equal(first.created);
    expect(second.consent).to.deep.equal({ necessary: true, analytics: false, functionality: false, targeting: false });
    expect(Date.parse(second.time)).to.be.at.least(Date.parse(first.time));
    expect(second.id).to.equal(storedRecord('cookie_consent', element.ownerDocument).id);
  });

  it("a returning visitor's page load sends nothing; a change keeps the stored id and created time", async () => {
    storeDecision(['analytics'], ['functionality', 'targeting']);
    const token = newToken();
    const page = await loadPage(`<cookie-consent consent-endpoint="${endpoint(token)}"></cookie-consent>`, SCRIPT);
    await settle(300);
    expect(await received(token), 'nothing on page load').to.deep.equal([]);
    consentElementOf(page).acceptAll();
    const [first] = await receivedEntries(token, 1);
    expect(first!.entry.id).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(first!.entry.created).to.equal(new Date(1700000000000).toISOString());
    expect(first!.entry.consent).to.deep.equal({ necessary: true, analytics: true, functionality: true, targeting: true });
  });

  it('under Global Privacy Control the record says gpc: true', async () => {
    const token = newToken();
    const { element } = await bannerPage(`consent-endpoint="${endpoint(token)}"`, GPC_ON);
    bannerButton(element, 'accept-all')!.click();
    const [first] = await receivedEntries(token, 1);
    expect(first!.entry.gpc).to.equal(true);
    expect(first!.entry.consent['targeting']).to.equal(false);
  });

  /**
   * Decides in the preferences and checks that the page's watch on sendBeacon and fetch saw
   * nothing go out.
   */
  async function expectNothingSentAfterDeciding(page: Window, element: CookieConsent): Promise<void> {
    await openPreferences(element);
    part(element, 'preferences')!.querySelector<HTMLElement>('[part~="accept-all"]')!.click();
    await until(() => cookieValue() !== undefined, 'the decision');
    await settle(300);
    expect((page as unknown as { __sent: string[] }).__sent).to.deep.equal([]);
  }

  it('without the attribute, a decision sends nothing', async () => {
    const { page, element } = await bannerPage('', WATCH_SENDS);
    await expectNothingSentAfterDeciding(page, element);
  });

  it('a javascript: endpoint is refused with a warning naming consent-endpoint, and nothing is sent', async () => {
    const { page, element } = await bannerPage('consent-endpoint="javascript:alert(1)"', WATCH_SENDS);
    expect(page.__warnings.some((message) => message.includes('consent-endpoint')), page.__warnings.join('\n')).to.equal(true);
    await expectNothingSentAfterDeciding(page, element);
  });
});
