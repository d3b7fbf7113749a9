/*
 * Stand-in for a third-party analytics library ("Beanstats"). On a real site this would be
 * loaded from the vendor's CDN; the demo serves it locally because the machine is offline.
 * It is gated with data-category="analytics", so it only runs once analytics is granted.
 */
(function () {
  'use strict';

  /** Writes one line to the demo's "what ran" log (see demo.js); works before demo.js has run. */
  function log(message) {
    (window.northwindDemoLog = window.northwindDemoLog || []).push({ message: message, time: new Date() });
    document.dispatchEvent(new CustomEvent('northwind-demo-log'));
  }

  var queue = [];

  // Like a real analytics tag, it leaves a visitor id cookie and a counter in localStorage; the
  // page declares both on <cookie-category name="analytics">, so withdrawing deletes them.
  if (!/(?:^|; )_bs_id=/.test(document.cookie)) {
    document.cookie = '_bs_id=' + Math.random().toString(36).slice(2) + '; path=/; max-age=31536000; SameSite=Lax';
    log('beanstats: set cookie _bs_id');
  }
  try {
    localStorage.setItem('beanstats_visits', String(Number(localStorage.getItem('beanstats_visits') || 0) + 1));
  } catch (error) {
    /* storage blocked */
  }

  window.beanstats = {
    /** Records a page view (here: only counted, nothing leaves the machine). */
    pageview: function (path) {
      queue.push({ type: 'pageview', path: path || location.pathname });
      log('beanstats: page view recorded for ' + (path || location.pathname));
    },
    /** Records a custom event. */
    track: function (name, properties) {
      queue.push({ type: 'event', name: name, properties: properties || {} });
      log('beanstats: event "' + name + '" recorded');
    },
    /** What would be sent to the vendor. */
    pending: function () {
      return queue.slice();
    },
  };

  log('analytics.js loaded (defines window.beanstats)');
})();
