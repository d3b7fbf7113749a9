/*
 * Stand-in for a third-party heatmap tool ("Roastmap"), inserted by demo/vendor/tag-loader.js
 * with no marking. The banner holds it back by its URL until the visitor grants Roastmap.
 */
(function () {
  'use strict';

  /** Writes one line to the demo's "what ran" log (see demo.js). */
  function log(message) {
    (window.northwindDemoLog = window.northwindDemoLog || []).push({ message: message, time: new Date() });
    document.dispatchEvent(new CustomEvent('northwind-demo-log'));
  }

  // Like a real session-recording tag: a short-lived session cookie, declared on its service.
  document.cookie = '_rm_session=' + Math.random().toString(36).slice(2) + '; path=/; max-age=1800; SameSite=Lax';
  log('roastmap: heatmap.js loaded (inserted by the tag loader, unmarked); set cookie _rm_session');
  document.addEventListener('click', function () {
    log('roastmap: click recorded');
  }, { once: true });
})();
