/**
 * Following decisions made in other tabs of the same site: a message on a BroadcastChannel, and
 * where there is none, a look at the cookie whenever this tab gets focus again.
 */

/** Told the new cookie value (posted by another tab), or `undefined` to read the cookie itself. */
export type TabSyncListener = (posted: string | null | undefined) => void;

export class TabSync {
  #channel: BroadcastChannel | null = null;
  #name = '';
  readonly #window: Window;
  readonly #onChange: TabSyncListener;

  constructor(win: Window, onChange: TabSyncListener) {
    this.#window = win;
    this.#onChange = onChange;
  }

  /** Listens on the channel of this cookie name (once per name). */
  listen(cookieName: string): void {
    if (this.#name === cookieName) return;
    this.#channel?.close();
    this.#name = cookieName;
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`cookie-consent:${cookieName}`);
      // A message carries the new cookie value: WebKit may still show another frame the old one.
      this.#channel.onmessage = (event: MessageEvent) => {
        this.#onChange((event.data as string | null | undefined) ?? null);
      };
    } else {
      // Adding the same listener again (another cookie name) is a no-op.
      this.#window.addEventListener('focus', this.#recheck);
      this.#window.document.addEventListener('visibilitychange', this.#recheck);
    }
  }

  /** Tells the other tabs the new cookie value (`null`: removed). */
  post(value: string | null): void {
    this.#channel?.postMessage(value);
  }

  readonly #recheck = (): void => {
    this.#onChange(undefined);
  };
}
