import { readFileSync } from 'node:fs';
const t = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const ev = t.traceEvents ?? t;
const nav = ev.find(e => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes('/page/'));
const t0 = nav.ts;
// main renderer thread: the one with ParseHTML
const parse = ev.find(e => e.name === 'ParseHTML');
const tid = parse.tid, pid = parse.pid;
const rows = ev.filter(e => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= t0 && (e.dur ?? 0) > 300 && (e.ts - t0) < 200000)
  .map(e => ({ at: ((e.ts - t0) / 1000).toFixed(1), dur: (e.dur / 1000).toFixed(1), name: e.name, d: e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '' }));
for (const r of rows) console.log(r.at.padStart(7), r.dur.padStart(6), r.name, r.d);
const marks = ev.filter(e => ['firstPaint','firstContentfulPaint','largestContentfulPaint::Candidate','MarkDOMContent','ResourceSendRequest','ResourceReceiveResponse','ResourceFinish'].includes(e.name) && e.ts >= t0);
for (const m of marks) console.log('MARK', ((m.ts - t0)/1000).toFixed(1), m.name, m.args?.data?.url?.split('/').pop() ?? '');
