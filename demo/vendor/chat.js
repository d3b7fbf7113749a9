/*
 * Stand-in for a third-party live-chat widget ("BrewChat"). Gated with
 * data-category="functionality": the bubble only appears once functionality is granted.
 * Like a real widget it brings its own stylesheet.
 */
(function () {
  'use strict';

  function log(message) {
    (window.northwindDemoLog = window.northwindDemoLog || []).push({ message: message, time: new Date() });
    document.dispatchEvent(new CustomEvent('northwind-demo-log'));
  }

  // Read currentScript now: it is only set while this file first runs.
  var scriptSrc = document.currentScript ? document.currentScript.src : location.href;

  function mount() {
    if (document.querySelector('.brewchat')) return;

    var stylesheet = document.createElement('link');
    stylesheet.rel = 'stylesheet';
    stylesheet.href = new URL('chat.css', scriptSrc).href;
    document.head.append(stylesheet);

    var widget = document.createElement('div');
    widget.className = 'brewchat';

    var panel = document.createElement('div');
    panel.className = 'brewchat__panel';
    panel.id = 'brewchat-panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', 'Chat with Northwind');
    var greeting = document.createElement('p');
    greeting.textContent = 'Hi! Questions about grind size or your subscription? We usually reply within a few minutes.';
    var note = document.createElement('p');
    note.className = 'brewchat__note';
    note.textContent = '(Demo widget: nothing is sent anywhere.)';
    panel.append(greeting, note);

    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'brewchat__bubble';
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', panel.id);
    button.textContent = 'Chat with us';
    button.addEventListener('click', function () {
      var open = panel.hidden;
      panel.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });

    widget.append(panel, button);
    document.body.append(widget);
    log('chat.js loaded: "Chat with us" bubble added');
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount, { once: true });
})();
