/**
 * The README's reference tables name exactly what custom-elements.json (written by
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

/** README heading -> the manifest list it documents. */
const SECTIONS = [
  { heading: 'Attributes', key: 'attributes' },
  { heading: 'Events', key: 'events' },
  { heading: 'Stable parts', key: 'cssParts' },
  { heading: 'CSS custom properties', key: 'cssProperties' },
] as const;

async function fetchText(path: string, hint: string): Promise<string> {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${path} could not be fetched (HTTP ${response.status}). ${hint}`);
  return response.text();
}

/** Lines of the section under `## heading`, up to the next `## ` heading. */
function section(readme: string, heading: string): string[] {
  const lines = readme.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** Backticked names in the first column of the section's first table (header and rule skipped). */
function firstColumnNames(readme: string, heading: string): string[] {
  const lines = section(readme, heading);
  const first = lines.findIndex((line) => line.trim().startsWith('|'));
  if (first < 0) throw new Error(`README.md's "## ${heading}" section has no table`);
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
    if (inCell.length === 0) throw new Error(`README.md "## ${heading}": a row has no backticked name in its first column: ${row}`);
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

describe('README.md matches custom-elements.json', () => {
  let readme = '';
  let element: Declaration;

  before(async () => {
    readme = await fetchText('/README.md', '');
    const manifest = JSON.parse(await fetchText('/custom-elements.json', 'Run `npm run analyze` (cem analyze) first.')) as Manifest;
    element = elementDeclaration(manifest);
  });

  for (const { heading, key } of SECTIONS) {
    it(`"## ${heading}" lists exactly the manifest's ${key}`, () => {
      const documented = firstColumnNames(readme, heading);
      const declared = (element[key] ?? []).map((item) => item.name);
      const inReadmeOnly = [...new Set(documented)].filter((name) => !declared.includes(name));
      const inManifestOnly = [...new Set(declared)].filter((name) => !documented.includes(name));
      const problems = [
        inManifestOnly.length ? `missing from README.md "## ${heading}" (in custom-elements.json ${key}): ${inManifestOnly.join(', ')}` : '',
        inReadmeOnly.length ? `missing from custom-elements.json ${key} (listed in README.md "## ${heading}"; add the JSDoc tag in src/element/cookie-consent.ts, or a row to src/core/attributes.ts): ${inReadmeOnly.join(', ')}` : '',
        duplicates(documented).length ? `listed twice in README.md "## ${heading}": ${duplicates(documented).join(', ')}` : '',
        duplicates(declared).length ? `declared twice in custom-elements.json ${key}: ${duplicates(declared).join(', ')}` : '',
      ].filter(Boolean);
      expect(problems, problems.join('; ')).to.deep.equal([]);
      expect(documented.length, `README.md "## ${heading}" table is empty`).to.be.greaterThan(0);
    });
  }
});
