/**
 * The `consent-change` event, typed for `addEventListener` on any element or `document`.
 */
import type { ConsentMap } from '../core/decision.js';

/** `detail` of `consent-change`. */
export interface ConsentChangeDetail {
  /** The decision over every offered category: `{ necessary: true, analytics: false, … }`. */
  readonly consent: ConsentMap;
  /** The decision over every declared service (`<cookie-service>`): `{ hotjar: true, … }`; `{}` when none. */
  readonly services: ConsentMap;
  /** The categories and services this decision changed; on a first decision, every optional one. */
  readonly changed: string[];
  /** The random consent id, kept across a visitor's later changes (proof of consent). */
  readonly id: string;
  /** The policy revision the decision was made under. */
  readonly revision: string;
  /** When the decision was made, as an ISO 8601 string. */
  readonly time: string;
  /** Whether the browser's Global Privacy Control signal was honoured (`targeting` kept off by "accept all"). */
  readonly gpc: boolean;
}

/** Fired on `<cookie-consent>` once per decision, by the visitor or the API; bubbles and is composed. */
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

/** Name of the event. */
export const CONSENT_CHANGE = 'consent-change';

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
  }
}
