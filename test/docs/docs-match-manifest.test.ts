/**
 * The reference tables in docs/*.md name exactly what custom-elements.json (written by
 * `npm run analyze` from the component's JSDoc) documents: no attribute, event, part or custom
 * property is missing from either side. Only names are compared (first column, in backticks).
 */
import { expect } from '@open-wc/testing';

interface Named {
  name: string;
}
interface Declaration {
  kind: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

const TAG = 'cookie-consent';

/** Docs file and heading -> the manifest list its first table documents. */
const SECTIONS = [
  { file: 'docs/attributes.md', heading: 'Attributes', key: 'attributes' },
  { file: 'docs/api.md', heading: 'Events', key: 'events' },
  { file: 'docs/styling.md', heading: 'Stable parts', key: 'cssParts' },
  { file: 'docs/styling.md', heading: 'CSS custom properties', key: 'cssProperties' },
] as const;

async function fetchText(path: string, hint: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} could not be fetched (HTTP ${response.status}). ${hint}`);
  return response.text();
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;

/** Lines under the heading `heading` (any level), up to the next heading of the same or a higher level. */
function section(text: string, file: string, heading: string): string[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADING.exec(line)?.[2] === heading);
  if (start < 0) throw new Error(`${file} has no "${heading}" heading`);
  const level = HEADING.exec(lines[start]!)![1]!.length;
  const end = lines.findIndex((line, index) => {
    const match = index > start ? HEADING.exec(line) : null;
    return !!match && match[1]!.length <= level;
  });
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Backticked names in the first column of the section's first table (header and rule skipped). */
function firstColumnNames(text: string, file: string, heading: string): string[] {
  const lines = section(text, file, heading);
  const first = lines.findIndex((line) => line.trim().startsWith('|'));
  if (first < 0) throw new Error(`${file} "${heading}" has no table`);
  const table: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    table.push(line.trim());
  }
  const rows = table.slice(1).filter((row) => !/^\|[\s:|-]+\|?$/.test(row));
  const names: string[] = [];
  for (const row of rows) {
    const cell = row.slice(1).split('|')[0] ?? '';
    const inCell = [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.trim());
    if (inCell.length === 0) throw new Error(`${file} "${heading}": a row has no backticked name in its first column: ${row}`);
    names.push(...inCell);
  }
  return names;
}

function elementDeclaration(manifest: Manifest): Declaration {
  const found = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((declaration) => declaration.tagName === TAG);
  if (found.length !== 1) throw new Error(`custom-elements.json should declare <${TAG}> once, found ${found.length} declarations with tagName "${TAG}"`);
  return found[0]!;
}

const duplicates = (names: string[]) => names.filter((name, index) => names.indexOf(name) !== index);

describe('docs/*.md match custom-elements.json', () => {
  const docs = new Map<string, string>();
  let element: Declaration;

  before(async () => {
    for (const file of new Set(SECTIONS.map((entry) => entry.file))) docs.set(file, await fetchText(`/${file}`, ''));
    const manifest = JSON.parse(await fetchText('/custom-elements.json', 'Run `npm run analyze` (cem analyze) first.')) as Manifest;
    element = elementDeclaration(manifest);
  });

  for (const { file, heading, key } of SECTIONS) {
    it(`${file} "${heading}" lists exactly the manifest's ${key}`, () => {
      const documented = firstColumnNames(docs.get(file)!, file, heading);
      const declared = (element[key] ?? []).map((item) => item.name);
      const inDocsOnly = [...new Set(documented)].filter((name) => !declared.includes(name));
      const inManifestOnly = [...new Set(declared)].filter((name) => !documented.includes(name));
      const problems = [
        inManifestOnly.length ? `missing from ${file} "${heading}" (in custom-elements.json ${key}): ${inManifestOnly.join(', ')}` : '',
        inDocsOnly.length ? `missing from custom-elements.json ${key} (listed in ${file} "${heading}"; add the JSDoc tag in src/element/cookie-consent.ts, or a row to src/core/attributes.ts, then \`npm run analyze\`): ${inDocsOnly.join(', ')}` : '',
        duplicates(documented).length ? `listed twice in ${file} "${heading}": ${duplicates(documented).join(', ')}` : '',
        duplicates(declared).length ? `declared twice in custom-elements.json ${key}: ${duplicates(declared).join(', ')}` : '',
      ].filter(Boolean);
      expect(problems, problems.join('; ')).to.deep.equal([]);
      expect(documented.length, `${file} "${heading}" table is empty`).to.be.greaterThan(0);
    });
  }
});
