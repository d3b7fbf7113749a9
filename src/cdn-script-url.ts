/**
 * Where the script-tag build's other files are: beside `cookie-consent.js` itself.
 */

// document.currentScript is only set while this script first runs: read it now.
const scriptUrl = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** The URL of `file` next to this script; throws when the script has no URL (inlined). */
export function besideScript(file: string): string {
  if (!scriptUrl) throw new Error(`no script URL to find ${file} from`);
  return new URL(file, scriptUrl).href;
}
