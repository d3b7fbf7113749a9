/*
 * Stand-in for a tag manager's container ("tags nobody marked"): it inserts vendor tags the
 * way Google Tag Manager or a WordPress plugin does, with createElement and src, and nothing in
 * it knows about consent. The page declares Roastmap's URL on <cookie-service name="roastmap">,
 * so the banner keeps this script from loading until Roastmap is granted.
 */
(function () {
  'use strict';
  var tag = document.createElement('script');
  tag.async = true;
  tag.src = '/demo/vendor/heatmap.js';
  document.head.appendChild(tag);
})();
