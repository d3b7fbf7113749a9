// Tests for scripts/eslint-layers.mjs: `node --test scripts/eslint-layers.test.mjs`.
// Fixtures are written to a fresh directory under os.tmpdir(); no-cycle reads them from disk.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin, { scanSpecifiers } from './eslint-layers.mjs';
import { ENTRIES, LAYERS as SOURCE_LAYERS } from './source-layers.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eslint-layers-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const root = path.join(tmp, 'src');

/** Writes root/<rel> and returns a RuleTester case linting that same text as that file. */
function file(rel, code) {
  const filename = path.join(root, rel);
  fs.mkdirSync(path.dirname(filename), { recursive: true });
  fs.writeFileSync(filename, code);
  return { code, filename };
}

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

// The project's own map (scripts/source-layers.mjs), over the fixtures' root.
const LAYERS = { root, layers: SOURCE_LAYERS, entries: ENTRIES };
const options = [LAYERS];
const inward = (from, to) => `src/${from} must not import src/${to}: imports point inward (STYLE.md)`;

describe('layers', () => {
  const at = (rel, code) => ({ code, filename: path.join(root, rel), options });
  const upward = (rel, code, from, to) => ({ ...at(rel, code), errors: [{ message: inward(from, to) }] });

  tester.run('layers', plugin.rules.layers, {
    valid: [
      at('core/config.ts', "import { a } from './categories.js';\nimport type { T } from './texts/texts.js';"),
      at('core/texts/texts.ts', "import { a } from '../categories.js';"),
      at('consent/store.ts', [
        "import { a } from '../core/a.js';",
        "import { b } from '../storage/cookie.js';",
        "import type { G } from '../gating/gatekeeper.js';",
        "export * from './log.js';",
      ].join('\n')),
      at('views/banner/banner.ts', "import { html } from 'lit';\nimport { a } from '../../core/a.js';\nimport { h } from '../shared/dom.js';"),
      at('element/cookie-consent.ts', "import { s } from '../consent/store.js';\nconst v = import('../views/banner/banner.js');"),
      at('server/request.ts', "import { c } from '../storage/cookie.js';"),
      // Entries may import anything.
      at('index.ts', "import { X } from './element/cookie-consent.js';\nexport type { L } from './components/legacy.js';"),
      at('cdn.ts', "import { X } from './element/cookie-consent.js';"),
      at('cdn-load-ui.ts', "import type { U } from './components/ui-view.js';\nimport { b } from './cdn-script-url.js';"),
      at('server/index.ts', "export { x } from '../element/x.js';"),
      // A folder not in the map is not checked as an importer.
      at('components/legacy.ts', "import { X } from '../element/cookie-consent.js';\nimport { y } from '../runtime/y.js';"),
      // Packages and files outside root are not layers.
      at('core/x.ts', "import Cookies from 'js-cookie';\nimport pkg from '../../package.json';"),
      { code: "import { x } from './src/element/x.js';", filename: path.join(tmp, 'outside.ts'), options },
    ],
    invalid: [
      upward('core/config.ts', "import { X } from '../element/cookie-consent.js';", 'core', 'element'),
      // Type-only imports count, whichever way they are written.
      upward('core/config.ts', "import type { X } from '../element/cookie-consent.js';", 'core', 'element'),
      upward('core/config.ts', "import { type X } from '../element/cookie-consent.js';", 'core', 'element'),
      upward('core/config.ts', "export type { X } from '../element/cookie-consent.js';", 'core', 'element'),
      upward('core/config.ts', "type X = import('../element/cookie-consent.js').X;", 'core', 'element'),
      upward('core/config.ts', "type M = typeof import('../consent/store.js');", 'core', 'consent'),
      // export-from and dynamic import().
      upward('core/config.ts', "export { s } from '../consent/store.js';", 'core', 'consent'),
      upward('core/config.ts', "export * from '../consent/store.js';", 'core', 'consent'),
      upward('core/config.ts', "const m = import('../consent/store.js');", 'core', 'consent'),
      upward('core/texts/catalog.ts', "import { s } from '../../storage/cookie.js';", 'core', 'storage'),
      // Sideways is not inward either.
      upward('storage/cookie.ts', "import { g } from '../gating/release.js';", 'storage', 'gating'),
      upward('views/banner/banner.ts', "import type { E } from '../../element/cookie-consent.js';", 'views', 'element'),
      upward('views/banner/banner.ts', "import { s } from '../../consent/store.js';", 'views', 'consent'),
      upward('server/request.ts', "import { g } from '../gating/release.js';", 'server', 'gating'),
      upward('consent/store.ts', "import { v } from '../views/banner/banner.js';", 'consent', 'views'),
      {
        ...at('core/config.ts', "import { a } from './categories.js';\nimport { X } from '../element/x.js';\nimport { s } from '../storage/s.js';"),
        errors: [
          { message: inward('core', 'element'), line: 2, column: 1 },
          { message: inward('core', 'storage'), line: 3, column: 1 },
        ],
      },
      // A target folder missing from the map.
      {
        ...at('consent/store.ts', "import type { D } from '../components/ui-view.js';"),
        errors: [
          {
            message:
              'src/consent must not import src/components: src/components is not a known layer (add it to the layer map); imports point inward (STYLE.md)',
          },
        ],
      },
      // A file directly in root that is not an entry, imported from a layer...
      {
        ...at('core/config.ts', "import { b } from '../cdn-script-url.js';"),
        errors: [{ messageId: 'rootTarget', data: { from: 'src/core', to: 'src/cdn-script-url.ts', root: 'src', why: 'imports point inward (STYLE.md)' } }],
      },
      // ...or importing.
      {
        ...at('stray.ts', "import { a } from './core/a.js';"),
        errors: [{ messageId: 'unknownImporter' }],
      },
    ],
  });
});

describe('no-cycle', () => {
  const cycle = (...files) => ({ message: `Import cycle (STYLE.md: no circle, types included): ${files.map((f) => `src/${f}`).join(' → ')}` });
  const lint = (rel) => ({ ...cases.get(rel), options: [{ root }] });
  const cases = new Map();
  const add = (rel, code) => cases.set(rel, file(rel, code));

  // Two files: a type-only cycle, both ways of writing `type`.
  add('core/config.ts', "import { a } from './categories.js';\nimport type { CategoryDetail } from './category-details.js';\nexport const c = 1;");
  add('core/category-details.ts', "import { a } from './categories.js';\nimport { type ConsentConfig } from './config.js';\nexport const d = 1;");
  add('core/categories.ts', 'export const a = 1;');
  // Three files, through export-from and a dynamic import().
  add('consent/a.ts', "export { b } from './b.js';");
  add('consent/b.ts', "import { c } from './c.js';\nexport const b = c;");
  add('consent/c.ts', "export const c = 1;\nexport const load = () => import('./a.js');");
  // A diamond: two paths to one file, no cycle.
  add('gating/top.ts', "import { l } from './left.js';\nimport { r } from './right.js';");
  add('gating/left.ts', "import { b } from './bottom.js';\nexport const l = b;");
  add('gating/right.ts', "import type { B } from './bottom.js';\nexport { b as r } from './bottom.js';");
  add('gating/bottom.ts', "import { a } from '../core/categories.js';\nexport const b = a;");
  // Imports a cycle without being part of it.
  add('element/host.ts', "import { c } from '../core/config.js';\nimport { b } from '../consent/b.js';");
  // A commented-out or quoted import is not an edge.
  add('storage/x.ts', "// import { y } from './y.js';\n/* import './y.js' */\nconst s = \"import './y.js'\";");
  add('storage/y.ts', "import { s } from './x.js';");
  // Into the diamond from above (for the unsaved-text case below), and a file importing itself.
  add('gating/top-user.ts', "import type { T } from './top.js';");
  add('core/self.ts', "export const a = 1;\nexport { a as b } from './self.js';");

  tester.run('no-cycle', plugin.rules['no-cycle'], {
    valid: [
      ...['gating/top.ts', 'gating/left.ts', 'gating/right.ts', 'gating/bottom.ts'].map(lint),
      lint('element/host.ts'),
      lint('core/categories.ts'),
      lint('storage/x.ts'),
      lint('storage/y.ts'),
      { code: "import { a } from './src/core/config.js';", filename: path.join(tmp, 'outside.ts'), options: [{ root }] },
    ],
    invalid: [
      {
        ...lint('core/config.ts'),
        errors: [{ ...cycle('core/config.ts', 'core/category-details.ts', 'core/config.ts'), line: 2, column: 1 }],
      },
      {
        ...lint('core/category-details.ts'),
        errors: [{ ...cycle('core/category-details.ts', 'core/config.ts', 'core/category-details.ts'), line: 2 }],
      },
      { ...lint('consent/a.ts'), errors: [cycle('consent/a.ts', 'consent/b.ts', 'consent/c.ts', 'consent/a.ts')] },
      { ...lint('consent/b.ts'), errors: [cycle('consent/b.ts', 'consent/c.ts', 'consent/a.ts', 'consent/b.ts')] },
      { ...lint('consent/c.ts'), errors: [cycle('consent/c.ts', 'consent/a.ts', 'consent/b.ts', 'consent/c.ts')] },
      // The linted file's own imports come from its text (which may be unsaved), the rest from disk.
      {
        code: "import { a } from '../core/categories.js';\nimport type { T } from './top-user.js';",
        filename: path.join(root, 'gating/bottom.ts'),
        options: [{ root }],
        errors: [{ ...cycle('gating/bottom.ts', 'gating/top-user.ts', 'gating/top.ts', 'gating/left.ts', 'gating/bottom.ts'), line: 2 }],
      },
      { ...lint('core/self.ts'), errors: [{ ...cycle('core/self.ts', 'core/self.ts'), line: 2 }] },
    ],
  });
});

describe('no-cycle reads changes on disk', () => {
  it('drops an edge when the file that had it changes', async () => {
    const { Linter } = await import('eslint');
    const linter = new Linter({ cwd: tmp });
    const config = [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { project: plugin },
        rules: { 'project/no-cycle': ['error', { root }] },
      },
    ];
    const a = file('views/p.ts', "import { q } from './q.js';");
    file('views/q.ts', "import { p } from './p.js';");
    const before = linter.verify(a.code, config, { filename: a.filename });
    assert.deepEqual(before.map((m) => m.ruleId), ['project/no-cycle'], JSON.stringify(before));
    file('views/q.ts', 'export const p = 1; // no import any more');
    assert.deepEqual(linter.verify(a.code, config, { filename: a.filename }), []);
  });
});

describe('scanSpecifiers', () => {
  it('finds every kind of module reference and skips comments, strings and regexps', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      "import { c, type C } from './c.js';",
      "import './side-effect.js';",
      "export * from './d.js';",
      "export * as e from './e.js';",
      "export type { F } from \"./f.js\";",
      'const g = await import(`./g.js`);',
      "type H = typeof import('./h.js');",
      "type I = import('./i.js').I;",
      "// import j from './j.js';",
      "/* import k from './k.js'; */",
      "const s = \"import l from './l.js'\";",
      "const t = `${x} import('./m.js') ${`import('./n.js')`} ${ {a: 1}.a }`;",
      "const r = /['\"]from '/g, q = a / 2 / 3;",
      "import n = require('./o.js');",
      "Array.from('./p.js'); x.import('./q.js');",
      "const w = /'/; export { z } from './z.js';",
    ].join('\n');
    assert.deepEqual(scanSpecifiers(text), [
      './a.js', './b.js', './c.js', './side-effect.js', './d.js', './e.js', './f.js', './g.js', './h.js',
      './i.js', './o.js', './z.js',
    ]);
  });

  it('agrees with the TypeScript parser on every file under src/ and scripts/', () => {
    const repo = path.dirname(import.meta.dirname);
    const files = ['src', 'scripts']
      .flatMap((dir) => fs.readdirSync(path.join(repo, dir), { recursive: true }).map((f) => path.join(repo, dir, f)))
      .filter((f) => /\.(ts|mjs)$/.test(f) && !f.endsWith('.d.ts'));
    assert.ok(files.length > 0);
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      let ast;
      try {
        ast = tseslint.parser.parseForESLint(text, { range: false, loc: false }).ast;
      } catch {
        continue; // a file mid-edit that does not parse
      }
      const fromAst = [];
      const walk = (node) => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node.type !== 'string') return;
        const source = node.type === 'TSExternalModuleReference' ? node.expression : node.source;
        if (/^(Import|Export(All|Named))Declaration$|^ImportExpression$|^TSImportType$|^TSExternalModuleReference$/.test(node.type) && source) {
          if (typeof source.value === 'string') fromAst.push(source.value);
          else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) fromAst.push(source.quasis[0].value.cooked);
        }
        if (node.type === 'CallExpression' && node.callee.name === 'require' && typeof node.arguments[0]?.value === 'string') {
          fromAst.push(node.arguments[0].value);
        }
        for (const [key, value] of Object.entries(node)) if (key !== 'parent') walk(value);
      };
      walk(ast);
      assert.deepEqual(scanSpecifiers(text).sort(), fromAst.sort(), path.relative(repo, f));
    }
  });
});
