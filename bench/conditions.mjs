// What the bench measures under, and how it sums up the runs: shared by bench/run.mjs (all the
// tools) and bench/ab.mjs (our build against another commit's).

/** The phone on a real network: CDP Network.emulateNetworkConditions, in bytes per second. */
export const PHONE_NETWORK = { latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** CPU throttling, viewport and network of each condition, by name. */
export const ALL_CONDITIONS = {
  '1x-desktop': { cpu: 1, viewport: 'desktop' },
  '4x-desktop': { cpu: 4, viewport: 'desktop' },
  '1x-mobile': { cpu: 1, viewport: 'mobile' },
  '4x-mobile': { cpu: 4, viewport: 'mobile' },
  phone: { cpu: 4, viewport: 'mobile', network: PHONE_NETWORK },
};

/** The conditions named in the comma-separated `list` (all of them when absent), each with its name. */
export function conditionsNamed(list = Object.keys(ALL_CONDITIONS).join(',')) {
  return list.split(',').map((name) => {
    if (!ALL_CONDITIONS[name]) throw new Error(`unknown condition ${name}; known: ${Object.keys(ALL_CONDITIONS).join(', ')}`);
    return { name, ...ALL_CONDITIONS[name] };
  });
}

/** A condition's heading, e.g. "4× CPU, desktop (1280 px)". */
export const heading = ({ cpu, viewport, network }) => {
  const screen = `${viewport} (${viewport === 'mobile' ? '412' : '1280'} px)`;
  if (!network) return `${cpu}× CPU, ${screen}`;
  return `Phone: ${cpu}× CPU, ${screen}, ${network.latency} ms latency, ${(network.downloadThroughput * 8) / 1e6} Mbps down, ${(network.uploadThroughput * 8) / 1e3} kbps up`;
};

/** The `q` quantile of sorted numbers, interpolated; NaN for none. */
function quantile(sorted, q) {
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

/** Median, p25, p75, sum and count of the finite numbers among `values`. */
export function summary(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), sum: sorted.reduce((a, b) => a + b, 0), n: sorted.length };
}

/** `value` with `digits` decimals, or "n/a". */
export const format = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
