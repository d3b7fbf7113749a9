/**
 * Runs released scripts in document order.
 *
 * External scripts without `async` are inserted at once with `async = false`, so the browser
 * downloads them in parallel and executes them in insertion order. An inline script runs the
 * moment it is inserted, so it is held until every ordered external script before it has loaded
 * (or failed): exactly the order the parser would have given them.
 */
import { liveScript } from './release.js';

export class ScriptQueue {
  #tail: Promise<void> = Promise.resolve();
  #loading: Promise<void>[] = [];

  /** Queues a placeholder; its live copy replaces it once every script before it allows. */
  enqueue(placeholder: HTMLScriptElement): void {
    this.#tail = this.#tail.then(() => this.#insert(placeholder));
  }

  async #insert(placeholder: HTMLScriptElement): Promise<void> {
    const script = liveScript(placeholder);
    if (!script.src && this.#loading.length) {
      const loading = this.#loading;
      this.#loading = [];
      await Promise.all(loading);
    }
    // Removed from the page while waiting: the site no longer wants it.
    if (!placeholder.isConnected) return;
    if (script.src && !script.async) {
      this.#loading.push(
        new Promise<void>((settle) => {
          script.addEventListener('load', () => settle(), { once: true });
          script.addEventListener('error', () => settle(), { once: true });
        }),
      );
    }
    placeholder.replaceWith(script);
  }
}
