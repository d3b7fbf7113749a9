// The bare Lit floor: about the least a Lit + js-cookie consent banner can be. A title and a
// description, accept all / reject all / customize, the decision in a cookie, and the page's
// `<script type="text/plain" data-category>` tags released for what was granted. No texts
// catalogue, no preferences dialog, no focus handling, no GPC: a floor, not a competitor.
// bench/run.mjs builds it into bench/.build/bare-lit.js (one classic minified file).
import { LitElement, css, html } from 'lit';
import Cookies from 'js-cookie';

const COOKIE = 'bare_consent';
const CATEGORIES = ['analytics', 'functionality', 'targeting'];

function release(granted) {
  for (const held of document.querySelectorAll('script[type="text/plain"][data-category]')) {
    if (!granted.includes(held.dataset.category)) continue;
    const script = document.createElement('script');
    for (const { name, value } of held.attributes) if (name !== 'type') script.setAttribute(name, value);
    script.text = held.text;
    held.replaceWith(script);
  }
}

class BareConsent extends LitElement {
  static properties = { customizing: { state: true } };
  static styles = css`
    section { position: fixed; inset: auto 1rem 1rem; max-width: 36rem; margin: auto; padding: 1rem; background: #fff; box-shadow: 0 2px 16px #0004; font: 15px system-ui; }
    button { margin-right: .5rem; padding: .5rem 1rem; }
    label { display: block; }`;

  render() {
    return html`<section part="banner" role="dialog" aria-labelledby="title">
      <h2 id="title">Your privacy choices</h2>
      <p>We use cookies that are strictly necessary for this site to work. With your consent, we would also like to use optional cookies for analytics, functionality and targeting. <a href="/privacy">Privacy policy</a></p>
      ${this.customizing ? CATEGORIES.map((category) => html`<label><input type="checkbox" name=${category}> ${category}</label>`) : ''}
      <button part="accept-all" @click=${() => this.decide(CATEGORIES)}>Accept all</button>
      <button part="reject-all" @click=${() => this.decide([])}>Reject all</button>
      <button part="customize" @click=${this.customize}>${this.customizing ? 'Save my choices' : 'Customize'}</button>
    </section>`;
  }

  customize() {
    if (!this.customizing) this.customizing = true;
    else this.decide(CATEGORIES.filter((category) => this.renderRoot.querySelector(`[name=${category}]`).checked));
  }

  decide(granted) {
    Cookies.set(COOKIE, granted.join(' ') || '-', { expires: 365, sameSite: 'Lax' });
    release(granted);
    this.remove();
  }
}
customElements.define('bare-consent', BareConsent);

function start() {
  const stored = Cookies.get(COOKIE);
  if (stored === undefined) document.body.append(document.createElement('bare-consent'));
  else release(stored.split(' '));
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
