/*
 * Demo only: with "?gpc=1" in the address, this page behaves as if the browser sent Global
 * Privacy Control (as Firefox, Brave or DuckDuckGo can), by defining
 * navigator.globalPrivacyControl before the banner's script reads it. Real sites do not need this.
 */
(function () {
  'use strict';
  if (new URLSearchParams(location.search).get('gpc') === '1') {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
  }
})();
