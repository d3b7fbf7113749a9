/**
 * The `settings-button` attribute's floating button: once the visitor has decided, a small round
 * button in a bottom corner reopens the preferences, so withdrawing stays as easy as giving on
 * sites without a footer link. Plain DOM, part of the script-tag file.
 */
import { completeTexts } from '../core/texts/complete-english.js';
import type { Texts } from '../core/texts/texts.js';
import { adoptStyles } from './adopt-styles.js';
import { h } from './dom.js';
import { settingsButtonStyles } from './settings-button.styles.js';

// A cookie with a bite taken out, drawn in currentColor; decorative (the button has a label).
const ICON =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5Zm-3.5 7a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm1 5.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm5.5.5a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z"/></svg>';

/** Adds the floating `<button part="settings-button">` to `root`, labelled in `texts`' language. */
export function createSettingsButton(root: ShadowRoot, texts: Texts, onClick: (event: Event) => void): HTMLButtonElement {
  const { settingsButton: label, lang } = completeTexts(texts);
  adoptStyles(root, settingsButtonStyles);
  const button = h(root.ownerDocument, 'button', { type: 'button', part: 'settings-button', class: 'settings', 'aria-label': label, title: label, 'aria-haspopup': 'dialog', lang });
  // A fixed string of ours, never visitor or site input.
  button.innerHTML = ICON;
  button.addEventListener('click', onClick);
  root.append(button);
  return button;
}
