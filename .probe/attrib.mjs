import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map';
const file = process.argv[2] || 'dist/cookie-consent.js';
const code = readFileSync(file, 'utf8');
const map = await new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const sizes = {};
let prev = null;
map.eachMapping((m) => {
  if (prev && prev.generatedLine === m.generatedLine) {
    const len = m.generatedColumn - prev.generatedColumn;
    sizes[prev.source] = (sizes[prev.source] ?? 0) + len;
  }
  prev = m;
}, null, SourceMapConsumer.GENERATED_ORDER);
for (const [k, v] of Object.entries(sizes).sort((a, b) => b[1] - a[1])) console.log(String(v).padStart(6), k);
