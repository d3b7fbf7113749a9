/** Shown only while analytics is granted: mounted on consent, unmounted when it is withdrawn. */
export function AnalyticsPanel() {
  return (
    <aside data-testid="analytics-panel">
      <h2>Thanks for helping us improve</h2>
      <p>Analytics is on: we count visits to see which coffees people look at.</p>
    </aside>
  );
}
