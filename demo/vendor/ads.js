/*
 * Stand-in for a third-party ad network ("RoastAds"). Gated with data-category="targeting":
 * the sponsored product only fills the ad slot once targeting is granted.
 */
(function () {
  'use strict';

  function log(message) {
    (window.northwindDemoLog = window.northwindDemoLog || []).push({ message: message, time: new Date() });
    document.dispatchEvent(new CustomEvent('northwind-demo-log'));
  }

  var AD =
    '<a class="ad__link" href="#sponsored">' +
    '<svg class="ad__art" viewBox="0 0 120 120" aria-hidden="true" focusable="false">' +
    '<rect width="120" height="120" rx="16" fill="#e8f1ee"/>' +
    '<path d="M30 38h60l-14 40H44z" fill="#f7f7f5" stroke="#1d5b4f" stroke-width="4" stroke-linejoin="round"/>' +
    '<path d="M44 78h32v8H44z" fill="#1d5b4f"/>' +
    '<path d="M52 90h16" stroke="#1d5b4f" stroke-width="4" stroke-linecap="round"/>' +
    '<path d="M48 50l24 0M50 60h20" stroke="#9cc5b9" stroke-width="3" stroke-linecap="round"/>' +
    '</svg>' +
    '<span class="ad__text">' +
    '<span class="ad__label">Sponsored · RoastAds</span>' +
    '<strong class="ad__title">Kalita Wave 185 ceramic dripper</strong>' +
    '<span class="ad__copy">Flat-bottom brewing for an even extraction. Free shipping this week.</span>' +
    '<span class="ad__cta">Shop now from €34</span>' +
    '</span>' +
    '</a>';

  function fill() {
    var slots = document.querySelectorAll('[data-ad-slot]');
    for (var i = 0; i < slots.length; i++) {
      slots[i].innerHTML = AD;
      slots[i].classList.add('ad-slot--filled');
    }
    log('ads.js loaded: ' + slots.length + ' ad slot' + (slots.length === 1 ? '' : 's') + ' filled');
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fill, { once: true });
  else fill();
})();
