/*
 * The demo page's own script (loaded with `defer`, so the DOM is parsed when it runs):
 * - the "Consent status" panel: each category's state, from `consent-change` events and from
 *   the element's `consent` property on load;
 * - the "What ran on this page" log: the stand-in vendor scripts push lines to
 *   `window.northwindDemoLog` (they may run before this file), gated images and iframes are
 *   logged when they load;
 * - "Forget my choice" (`reset()`), the banner language picker (the `lang` attribute),
 *   the video placeholder's "Allow functionality cookies" button (`accept()`), and a toy basket.
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
    log('consent-change: ' + describe(detail.consent || {}) +
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

  // "Allow functionality cookies" on the video placeholder: adds one category to the current choice.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-grant-category]') : null;
    if (!button || !consentElement || typeof consentElement.accept !== 'function') return;
    var wanted = button.getAttribute('data-grant-category');
    var consent = consentElement.consent || {};
    var granted = OPTIONAL.filter(function (id) { return consent[id]; });
    if (granted.indexOf(wanted) === -1) granted.push(wanted);
    consentElement.accept(granted);
  });

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
