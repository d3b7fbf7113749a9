// `node scripts/type-tests.mjs` (the end of `npm run lint`): the framework typings that ship as
// `cookie-consent-banner/react`, `/vue` and `/svelte` (src/frameworks/) hold in each framework's
// own checker, run on test/types/<framework>/:
//
//   react   tsc            on *.tsx     (React 19's JSX.IntrinsicElements)
//   vue     vue-tsc        on *.vue     (GlobalComponents, template type checking)
//   svelte  svelte-check   on *.svelte  (svelte/elements' SvelteHTMLElements)
//
// Each framework has two kinds of file:
//
// - must compile: the elements as an app writes them, with typed attributes and a typed event
//   detail; the wrong uses in it carry `@ts-expect-error` (`@vue-expect-error` in a Vue
//   template), which the checker reports as an error when its line compiles, so each wrong use
//   is checked on its own. The file must have no diagnostic at all.
// - must NOT compile (`Wrong…`/`wrong-…`): the checker must exit non-zero, every line after an
//   `expect-error <attribute>` comment must have an error that names that attribute (in the
//   message, or written at the error's position), and no other line may have one.
//
// A diagnostic anywhere else (src/, a config) fails the run too. test/types/tsconfig.json maps
// the package and its subpaths to the sources, since lint runs before any build; this script
// checks that the mapping names the same subpaths as package.json's `exports`, and that every
// module of src/frameworks/ compiles to an empty one (types only: the `default` export a bundler
// imports adds nothing, and nothing of the element is loaded twice).
//
// The three checkers run at once; they take about 4 s (tsc), 5 s (vue-tsc) and 8 s
// (svelte-check) of one core each. Exits with 1 and says what failed and why.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = join(ROOT, 'test', 'types');
const FRAMEWORKS = join(ROOT, 'src', 'frameworks');
const require = createRequire(import.meta.url);
const started = performance.now();
const problems = [];

/** `path` relative to the repository root, with `/` separators. */
const rel = (path) => relative(ROOT, path).split(sep).join('/');

// ---------------------------------------------------------------------------------------------
// 1. What ships: each framework module is types only, and each has its subpath.

/** The framework modules: every src/frameworks/*.ts but the shared attribute types. */
const modules = readdirSync(FRAMEWORKS).filter((file) => file.endsWith('.ts') && file !== 'attributes.ts').map((file) => file.slice(0, -3));

for (const file of readdirSync(FRAMEWORKS).filter((name) => name.endsWith('.ts'))) {
  const source = readFileSync(join(FRAMEWORKS, file), 'utf8');
  // As tsconfig.build.json compiles it (verbatimModuleSyntax): `import type` is erased, a value
  // import or any statement is kept.
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true, removeComments: true },
    fileName: file,
  });
  const code = outputText.replace(/\s+/g, ' ').trim();
  if (code !== 'export {};') problems.push(`src/frameworks/${file} must be types only (it compiles to JavaScript that runs): ${code.slice(0, 200)}`);
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const paths = ts.readConfigFile(join(TYPES, 'tsconfig.json'), ts.sys.readFile).config?.compilerOptions?.paths ?? {};
for (const name of modules) {
  const subpath = `./${name}`;
  const wanted = { types: `./dist/lib/frameworks/${name}.d.ts`, default: `./dist/lib/frameworks/${name}.js` };
  const entry = pkg.exports?.[subpath];
  if (JSON.stringify(entry) !== JSON.stringify(wanted)) problems.push(`package.json "exports" must have "${subpath}": ${JSON.stringify(wanted)} (has ${JSON.stringify(entry)})`);
  const mapped = paths[`cookie-consent-banner/${name}`];
  if (JSON.stringify(mapped) !== JSON.stringify([`../../src/frameworks/${name}.ts`])) {
    problems.push(`test/types/tsconfig.json "paths" must map "cookie-consent-banner/${name}" to ["../../src/frameworks/${name}.ts"] (has ${JSON.stringify(mapped)})`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The checkers.

/** A checker's binary, run with this Node. */
const bin = (pkgName, path) => join(require.resolve(`${pkgName}/package.json`).replace(/package\.json$/, ''), path);

/** tsc/vue-tsc's `file(line,col): error TS1234: message`, with its indented continuation lines. */
function tscDiagnostics(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/.exec(line);
    if (match) found.push({ file: resolve(ROOT, match[1]), line: Number(match[2]), column: Number(match[3]), message: `${match[5]}: ${match[6]}` });
    else if (/^\s/.test(line) && found.length) found[found.length - 1].message += `\n${line}`;
    else if (line.trim()) found.push({ file: null, line: 0, column: 0, message: line });
  }
  return found;
}

/** svelte-check's `--output machine`: `<time> ERROR "file" line:col "message"`, the file relative to the workspace. */
function svelteDiagnostics(output, workspace) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^\d+ (ERROR|WARNING) "(.+?)" (\d+):(\d+) (".*")$/.exec(line);
    if (match) found.push({ file: resolve(workspace, match[2]), line: Number(match[3]), column: Number(match[4]), message: `${match[1]}: ${JSON.parse(match[5])}` });
    else if (/^\d+ (START|COMPLETED)\b/.test(line) || !line.trim()) continue;
    else found.push({ file: null, line: 0, column: 0, message: line });
  }
  return found;
}

const svelteWorkspace = join(TYPES, 'svelte');
const CHECKERS = [
  {
    name: 'react',
    tool: 'tsc',
    args: [bin('typescript', 'bin/tsc'), '-p', join(TYPES, 'react', 'tsconfig.json'), '--pretty', 'false'],
    parse: tscDiagnostics,
    extension: '.tsx',
  },
  {
    name: 'vue',
    tool: 'vue-tsc',
    args: [bin('vue-tsc', 'bin/vue-tsc.js'), '--noEmit', '-p', join(TYPES, 'vue', 'tsconfig.json'), '--pretty', 'false'],
    parse: tscDiagnostics,
    extension: '.vue',
  },
  {
    name: 'svelte',
    tool: 'svelte-check',
    args: [bin('svelte-check', 'bin/svelte-check'), '--workspace', svelteWorkspace, '--tsconfig', join(svelteWorkspace, 'tsconfig.json'), '--output', 'machine'],
    parse: (output) => svelteDiagnostics(output, svelteWorkspace),
    extension: '.svelte',
  },
];

/** Runs a checker to its end: exit status and everything it printed. */
function run(args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => done({ status: 1, output: String(error) }));
    child.on('close', (status) => done({ status: status ?? 1, output }));
  });
}

/** A must-fail file: it starts with `Wrong` or `wrong-`. */
const mustFail = (file) => /^(Wrong|wrong-)/.test(file);

/** The lines (1-based) that must fail and the attribute each must name: the line after each `expect-error <attribute>`. */
function expectedErrors(text) {
  const expected = new Map();
  text.split('\n').forEach((line, index) => {
    // Not `@ts-expect-error` / `@vue-expect-error`: those belong to the must-compile files.
    const match = /(?<![@\w-])expect-error\s+([\w:@-]+)/.exec(line);
    if (match) expected.set(index + 2, match[1]);
  });
  return expected;
}

/** How often the wrong uses of a must-compile file are marked to fail. */
const directives = (text) => (text.match(/@(?:ts|vue)-expect-error\b/g) ?? []).length;

/** A diagnostic as printed: where and what. */
const show = ({ file, line, column, message }) => (file ? `${rel(file)}:${line}:${column}: ${message}` : message);

/** The checks of one framework's files against what its checker reported; returns a summary line. */
function judge(checker, { status, output }) {
  const dir = join(TYPES, checker.name);
  const files = readdirSync(dir).filter((file) => file.endsWith(checker.extension));
  const diagnostics = checker.parse(output);
  const before = problems.length;
  const fail = (why) => problems.push(`${checker.name} (${checker.tool}): ${why}`);
  if (!files.some(mustFail) || files.every(mustFail)) fail(`test/types/${checker.name}/ needs a file that must compile and one that must not (Wrong…${checker.extension})`);

  const inFiles = new Set(files.map((file) => join(dir, file)));
  for (const diagnostic of diagnostics.filter((d) => !inFiles.has(d.file))) fail(`unexpected diagnostic outside the type tests: ${show(diagnostic)}`);

  let wrongUses = 0;
  for (const file of files) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    const own = diagnostics.filter((d) => d.file === path);
    if (!mustFail(file)) {
      const count = directives(text);
      wrongUses += count;
      if (count === 0) fail(`${rel(path)} checks no wrong use (no @ts-expect-error): add some, so that it cannot pass by accepting anything`);
      for (const diagnostic of own) fail(`${rel(path)} must compile, but: ${show(diagnostic)}`);
      continue;
    }
    const expected = expectedErrors(text);
    wrongUses += expected.size;
    if (expected.size === 0) fail(`${rel(path)} must not compile but marks no line with \`expect-error <attribute>\``);
    if (status === 0) fail(`${rel(path)} must not compile, but ${checker.tool} exited with 0`);
    for (const diagnostic of own) {
      if (!expected.has(diagnostic.line)) fail(`${rel(path)}:${diagnostic.line} fails where no error is expected: ${show(diagnostic)}`);
    }
    for (const [line, attribute] of expected) {
      const here = own.filter((d) => d.line === line);
      const names = (d) => d.message.includes(attribute) || (lines[d.line - 1] ?? '').slice(d.column - 1).replace(/^[:@]/, '').startsWith(attribute);
      if (here.length === 0) fail(`${rel(path)}:${line} must not compile (wrong \`${attribute}\`), but ${checker.tool} accepts it: ${(lines[line - 1] ?? '').trim()}`);
      else if (!here.some(names)) fail(`${rel(path)}:${line} fails, but not at \`${attribute}\`: ${here.map(show).join('; ')}`);
    }
  }
  if (problems.length === before && status !== 0 && diagnostics.length === 0) fail(`${checker.tool} exited with ${status} without a diagnostic:\n${output}`);
  return `${checker.name}: ${files.length} files, ${wrongUses} wrong uses rejected (${checker.tool})`;
}

const results = await Promise.all(CHECKERS.map(async (checker) => judge(checker, await run(checker.args))));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (problems.length) {
  console.error(`type-tests failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`type-tests: ${results.join('; ')}; src/frameworks/ is types only (${seconds} s)`);
