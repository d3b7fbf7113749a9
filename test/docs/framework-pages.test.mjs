// The framework pages (docs/react.md, vue.md, svelte.md, astro.md) show the example apps' code,
// and the browser suite runs those apps (test/frameworks/): a block marked
// `<!-- file: examples/… -->` must be that file as it is, so what a page shows is what was built
// and tested. docs/frameworks.md links every page. Read from disk in Node: the browser suite's
// dev server rewrites the imports of the .mjs and .ts files it serves.
// Run by `npm test` (scripts/test.mjs), or: node --test test/docs/
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, ROOT), 'utf8');
const PAGES = { react: 'docs/react.md', vue: 'docs/vue.md', svelte: 'docs/svelte.md', astro: 'docs/astro.md' };

/** Each block of `page` marked with the file it shows: the file's path and the block's text. */
const markedBlocks = (page) => [...page.matchAll(/<!-- file: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(([, file, code]) => ({ file, code }));

describe('the framework pages show the example apps as they are built and tested', () => {
  for (const [app, path] of Object.entries(PAGES)) {
    it(`${path} shows examples/${app}'s files verbatim`, () => {
      const blocks = markedBlocks(read(path));
      // The app's own code: its components and entries, or its pages and middleware.
      assert.ok(blocks.length >= 4, `${path} shows ${blocks.length} of the example's files`);
      for (const { file, code } of blocks) {
        assert.ok(file.startsWith(`examples/${app}/`), `${path} shows ${file}, which is another app's`);
        assert.equal(code, read(file).replace(/\n+$/, ''), `${path}: the block of ${file} differs from the file (copy the file into the page)`);
      }
    });
  }

  it('docs/frameworks.md links every framework page', () => {
    const index = read('docs/frameworks.md');
    for (const path of Object.values(PAGES)) assert.ok(index.includes(`](${path.replace('docs/', '')})`), `docs/frameworks.md links ${path}`);
  });
});
