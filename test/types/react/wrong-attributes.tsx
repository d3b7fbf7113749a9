// Must NOT compile (scripts/type-tests.mjs): each line after an `expect-error <attribute>`
// comment must fail at that attribute, and no other line may fail. Without the typings the
// element would take anything, so this file proves they are in force through the package's
// subpath, as a site imports it.
import type {} from 'cookie-consent-banner/react';

export function Wrong() {
  return (
    <>
      {/* expect-error mode */}
      <cookie-consent mode="sometimes" />
      {/* expect-error revision */}
      <cookie-consent revision={{}} />
      {/* expect-error onconsent-change */}
      <cookie-consent onconsent-change={(event: CustomEvent<{ consent: string }>) => event.detail.consent} />
    </>
  );
}
