/**
 * Adopting a stylesheet into a shadow root as a constructed stylesheet: no `<style>` element, so a
 * CSP of `style-src 'self'` works. Engines without adoptedStyleSheets get a `<style>` carrying
 * `window.litNonce`, as Lit does.
 */
const sheets = new Map<string, CSSStyleSheet>();

/** Adds `cssText` to the root's styles (once per root and text). */
export function adoptStyles(root: ShadowRoot, cssText: string): void {
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(cssText);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(cssText);
      sheets.set(cssText, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = root.ownerDocument.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce) style.setAttribute('nonce', nonce);
  style.textContent = cssText;
  root.prepend(style);
}
