/*
 * The demo page's own script (loaded with `defer`, so the DOM is parsed when it runs):
 * - the "Consent status" panel: each category's state, from `consent-change` events and from
 *   the element's `consent` property on load;
 * - the "What ran on this page" log: the stand-in vendor scripts push lines to
 *   `window.northwindDemoLog` (they may run before this file), gated images and iframes are
 *   logged when they load;
 * - "Forget my choice" (`reset()`), the banner language picker (the `lang` attribute),
 *   the Global Privacy Control status and simulation switch, the Google Consent Mode log
 *   (window.dataLayer), and a toy basket.
 * No inline handlers or styles, so the page works under a strict Content Security Policy.
 */
(function () {
  'use strict';

  var OPTIONAL = ['analytics', 'functionality', 'targeting'];
  var consentElement = document.querySelector('cookie-consent');

  /* ---------- The log ---------- */

  var logList = document.getElementById('run-log');
  var entries = (window.northwindDemoLog = window.northwindDemoLog || []);
  var shown = 0;

  function timeOf(date) {
    return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  }

  function drainLog() {
    while (shown < entries.length) {
      var entry = entries[shown++];
      var item = document.createElement('li');
      if (entry.kind) item.className = 'run-log__' + entry.kind;
      var time = document.createElement('time');
      var date = entry.time instanceof Date ? entry.time : new Date();
      time.dateTime = date.toISOString();
      time.textContent = timeOf(date);
      item.append(time, ' ', String(entry.message));
      logList.append(item);
    }
    logList.scrollTop = logList.scrollHeight;
  }

  /** The page's own lines go through the same queue, so the order is the order things happened. */
  function log(message, kind) {
    entries.push({ message: message, time: new Date(), kind: kind || 'page' });
    drainLog();
  }

  document.addEventListener('northwind-demo-log', drainLog);

  /* ---------- Gated images and iframes ---------- */

  var loggedMedia = new WeakSet();

  function fileName(url) {
    return url.split('/').pop();
  }

  function logMedia(element) {
    var src = element.getAttribute('src');
    if (!src || loggedMedia.has(element)) return;
    loggedMedia.add(element);
    var what = element.localName === 'img' ? 'tracking pixel' : 'embedded iframe';
    log(fileName(src) + ' loaded (' + what + ', ' + element.getAttribute('data-category') + ')', 'vendor');
  }

  // `load` does not bubble, but it can be caught on its way down.
  document.addEventListener(
    'load',
    function (event) {
      var target = event.target;
      if ((target instanceof HTMLImageElement || target instanceof HTMLIFrameElement) && target.hasAttribute('data-category')) {
        logMedia(target);
      }
    },
    true,
  );

  /* ---------- The status panel ---------- */

  var statusList = document.getElementById('consent-status');
  var summary = document.getElementById('decision-summary');
  var LABELS = { granted: 'Granted', denied: 'Denied', undecided: 'Undecided' };

  function renderStatus(consent) {
    OPTIONAL.forEach(function (id) {
      var badge = statusList.querySelector('[data-status-for="' + id + '"] .status');
      if (!badge) return;
      var state = consent == null ? 'undecided' : consent[id] ? 'granted' : 'denied';
      badge.setAttribute('data-state', state);
      badge.textContent = LABELS[state];
    });
    summary.textContent =
      consent == null
        ? 'No decision stored yet: optional third-party code is held back.'
        : 'Decision stored in the cookie_consent cookie. Reopen the settings to change it.';
  }

  function describe(consent) {
    var granted = OPTIONAL.filter(function (id) { return consent[id]; });
    var denied = OPTIONAL.filter(function (id) { return consent && !consent[id]; });
    return (
      'granted: ' + (granted.length ? granted.join(', ') : 'none') + '; denied: ' + (denied.length ? denied.join(', ') : 'none')
    );
  }

  document.addEventListener('consent-change', function (event) {
    var detail = event.detail || {};
    renderStatus(detail.consent);
    var services = detail.services || {};
    var serviceStates = Object.keys(services).map(function (id) { return id + (services[id] ? ' on' : ' off'); });
    log('consent-change: ' + describe(detail.consent || {}) +
      (serviceStates.length ? '; services: ' + serviceStates.join(', ') : '') +
      (detail.changed && detail.changed.length ? ' (changed: ' + detail.changed.join(', ') + ')' : ' (nothing changed)'), 'event');
  });

  /* ---------- Controls ---------- */

  document.getElementById('forget-choice').addEventListener('click', function () {
    if (!consentElement || typeof consentElement.reset !== 'function') return;
    consentElement.reset();
    renderStatus(consentElement.consent);
    log('Choice forgotten: cookie removed, banner shown again. Code that already ran stays until you reload.', 'page');
  });

  var langSelect = document.getElementById('banner-lang');
  langSelect.value = (consentElement && consentElement.getAttribute('lang')) || document.documentElement.lang || 'en';
  langSelect.addEventListener('change', function () {
    if (!consentElement) return;
    consentElement.setAttribute('lang', langSelect.value);
    log('Banner language set to "' + langSelect.value + '" (lang attribute)', 'page');
  });

  /* ---------- Global Privacy Control ---------- */

  var gpcOn = navigator.globalPrivacyControl === true;
  var simulated = new URLSearchParams(location.search).get('gpc') === '1';
  document.getElementById('gpc-status').textContent =
    'Global Privacy Control: ' + (gpcOn ? 'sent' + (simulated ? ' (simulated)' : ' by your browser') +
      ', so targeting starts off and "Accept all" leaves it off.' : 'not sent by this browser.');
  var gpcToggle = document.getElementById('gpc-toggle');
  /** This page's URL with one query parameter set (or removed when `value` is empty), the others kept. */
  function withParam(name, value) {
    var params = new URLSearchParams(location.search);
    if (value) params.set(name, value); else params.delete(name);
    var query = params.toString();
    return location.pathname + (query ? '?' + query : '');
  }
  gpcToggle.href = withParam('gpc', simulated ? '' : '1');
  if (simulated) gpcToggle.textContent = 'Stop simulating Global Privacy Control';

  /* ---------- The visitor's region: written by the demo server from "?region=" (a CDN's country header on a real site) ---------- */

  var RULES = {
    'opt-in': 'opt-in: nothing optional before consent, whatever mode says',
    uk: 'uk: opt-in (this page does not turn on the UK exemption)',
    us: 'us: a notice at collection, everything on until the visitor opts out, GPC as an opt-out',
    site: "site: the element's own mode",
  };
  var banner = document.querySelector('cookie-consent');
  var region = banner && banner.getAttribute('region');
  customElements.whenDefined('cookie-consent').then(function () {
    document.getElementById('region-status').textContent = region
      ? 'Region: ' + region + ', under the rule ' + RULES[banner.rule] + '.'
      : "Region: none given, so the element's own mode applies.";
  });
  document.querySelectorAll('[data-region-link]').forEach(function (link) {
    var code = link.getAttribute('data-region-link');
    link.href = withParam('region', code);
    if ((region || '') === code) link.setAttribute('aria-current', 'page');
  });

  /* ---------- Google Consent Mode: what the element queued on window.dataLayer ---------- */

  var consentModeList = document.getElementById('consent-mode-log');
  var consentModeShown = 0;
  function drainConsentMode() {
    var queue = window.dataLayer || [];
    for (; consentModeShown < queue.length; consentModeShown++) {
      var call = Array.prototype.slice.call(queue[consentModeShown]);
      if (call[0] !== 'consent') continue;
      var item = document.createElement('li');
      var signals = call[2] || {};
      var granted = Object.keys(signals).filter(function (name) { return signals[name] === 'granted'; });
      item.textContent = "gtag('consent', '" + call[1] + "'): granted " + (granted.join(', ') || 'nothing');
      consentModeList.append(item);
    }
  }
  document.addEventListener('consent-change', function () {
    // The element updates Consent Mode as it fires the event; read the queue right after.
    setTimeout(drainConsentMode, 0);
  });

  /* ---------- Banner language: every built-in one, named in its own language ---------- */

  var LANGUAGES = ('en bg cs da de el es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ' +
    'ca eu gl nb is sr tr uk ru ar he fa hi ja zh-Hans zh-Hant ko id vi th pt-BR').split(' ');
  LANGUAGES.slice(1).forEach(function (tag) {
    var option = document.createElement('option');
    option.value = tag;
    option.lang = tag;
    var name = tag;
    try {
      name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) || tag;
    } catch (error) {
      /* an engine without Intl.DisplayNames shows the tag */
    }
    option.textContent = name.charAt(0).toUpperCase() + name.slice(1) + ' (' + tag + ')';
    langSelect.append(option);
  });
  langSelect.value = (consentElement && consentElement.getAttribute('lang')) || document.documentElement.lang || 'en';

  /* ---------- A toy basket (strictly necessary: no cookie needed for the demo) ---------- */

  var basketCount = document.getElementById('basket-count');
  var basketStatus = document.getElementById('basket-status');
  var inBasket = 0;
  document.querySelectorAll('[data-add-to-basket]').forEach(function (button) {
    button.addEventListener('click', function () {
      inBasket += 1;
      basketCount.textContent = String(inBasket);
      basketStatus.textContent = button.getAttribute('data-add-to-basket') + ' added to your basket (' + inBasket + ' item' + (inBasket === 1 ? '' : 's') + ').';
    });
  });

  /* ---------- Start ---------- */

  log('Page loaded', 'page');
  drainConsentMode();

  // Media released before this script ran (a returning visitor) may have loaded already.
  document.querySelectorAll('img[data-category][src]').forEach(function (img) {
    if (img.complete && img.naturalWidth > 0) logMedia(img);
  });
  document.querySelectorAll('iframe[data-category][src]').forEach(function (frame) {
    try {
      var doc = frame.contentDocument;
      if (doc && doc.readyState === 'complete' && doc.URL !== 'about:blank') logMedia(frame);
    } catch (error) {
      /* cross-origin frame: its load event will be logged */
    }
  });

  if (!consentElement || !window.customElements) {
    log('No <cookie-consent> element on this page.', 'error');
    return;
  }
  if (!customElements.get('cookie-consent')) {
    // The banner script is a blocking <script> in <head>: if it had loaded, the element would be defined.
    log('The banner script /dist/cookie-consent.js did not load: run `npm run build` (or `npm start`).', 'error');
  }
  customElements.whenDefined('cookie-consent').then(function () {
    var consent = consentElement.consent;
    renderStatus(consent);
    if (consent == null) {
      var held = document.querySelectorAll(
        'script[type="text/plain"][data-category], iframe[data-category]:not([src]), img[data-category]:not([src])',
      ).length;
      log('No stored decision: the banner asks; ' + held + ' third-party element' + (held === 1 ? ' is' : 's are') + ' held back', 'page');
    } else {
      log('Stored decision found: ' + describe(consent), 'page');
    }
  });
})();
