/**
 * Random consent ids for proof of consent.
 */

/**
 * A random RFC 4122 version-4 UUID: `crypto.randomUUID` where the engine has it (secure contexts
 * only), otherwise the same format from `crypto.getRandomValues` (plain-http pages).
 */
export function newConsentId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    // Missing (not a function) or refused outside a secure context: build one.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  // Version 4 and the RFC 4122 variant, in bytes 6 and 8.
  const hex = [...bytes].map((byte, i) => (i === 6 ? (byte & 15) | 64 : i === 8 ? (byte & 63) | 128 : byte).toString(16).padStart(2, '0')).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
