/**
 * Random consent ids for proof of consent.
 */

/** A random RFC 4122 version-4 UUID; uses `crypto.randomUUID` where the engine has it (secure contexts only). */
export function newConsentId(): string {
  if (typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Some engines expose it but throw outside a secure context: fall through.
    }
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  /* eslint-disable @typescript-eslint/no-non-null-assertion -- indices 6 and 8 of a 16-byte array */
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  /* eslint-enable @typescript-eslint/no-non-null-assertion */
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
