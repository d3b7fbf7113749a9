// Local ESLint rules for the source layout (STYLE.md, "Layout: dependencies point inward"):
//
//   project/layers    a file in root/<folder>/ may import only the folders listed for <folder>;
//   project/no-cycle  no import cycle among the files under root, type-only imports included.
//
// Both rules see every module reference: static imports (`import type` and inline `type`
// specifiers included), export-from, dynamic `import()`, `import('…')` types and
// `import x = require('…')`. Only relative specifiers are followed; packages are not checked.
//
// no-cycle reads the rest of the graph from disk with a small scanner (below) and caches each
// file's specifiers by path, mtime and size for the life of the process, so a lint run reads
// and scans each file once.

import fs from 'node:fs';
import path from 'node:path';

const RELATIVE = /^\.{1,2}(?:\/|$)/;
const STYLE = 'imports point inward (STYLE.md)';

// ---------------------------------------------------------------------------------------------
// Shared helpers

/** `root` as configured: absolute, or relative to ESLint's working directory. */
function rootOf(context) {
  const root = context.options[0]?.root ?? 'src';
  return path.resolve(context.cwd, root);
}

/** `p` relative to `root`, '/'-separated, or null when `p` is not inside `root`. */
function insideRoot(root, p) {
  const rel = path.relative(root, p);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** How a path is named in messages: relative to root's parent, so `src/core/config.ts`. */
function display(root, p) {
  return path.relative(path.dirname(root), p).split(path.sep).join('/') || '.';
}

/** The string a module reference names, or null when it is not a plain string. */
function specifierOf(source) {
  if (!source) return null;
  if (source.type === 'Literal') return typeof source.value === 'string' ? source.value : null;
  if (source.type === 'TemplateLiteral' && source.expressions.length === 0) return source.quasis[0].value.cooked;
  if (source.type === 'TSLiteralType') return specifierOf(source.literal);
  return null;
}

/**
 * AST visitors calling `found(node, specifier)` for every module reference. `node` is the
 * declaration (or `import()` expression / import type) that is reported.
 */
function moduleReferences(found) {
  const from = (node) => {
    const specifier = specifierOf(node.source);
    if (specifier !== null) found(node, specifier);
  };
  return {
    ImportDeclaration: from,
    ExportAllDeclaration: from,
    ExportNamedDeclaration: (node) => node.source && from(node),
    ImportExpression: from,
    // `typeof import('./x.js')`, `import('./x.js').T` (typescript-eslint 8: `source`; older: `argument`).
    TSImportType: (node) => {
      const specifier = specifierOf(node.source ?? node.argument);
      if (specifier !== null) found(node, specifier);
    },
    TSImportEqualsDeclaration: (node) => {
      if (node.moduleReference.type !== 'TSExternalModuleReference') return;
      const specifier = specifierOf(node.moduleReference.expression);
      if (specifier !== null) found(node, specifier);
    },
    'CallExpression[callee.type="Identifier"][callee.name="require"][arguments.length=1]': (node) => {
      const specifier = specifierOf(node.arguments[0]);
      if (specifier !== null) found(node, specifier);
    },
  };
}

/** `*` matches within one path segment, `**` across segments. */
function globToRegExp(glob) {
  const body = glob
    .split('**')
    .map((part) => part.split('*').map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

// ---------------------------------------------------------------------------------------------
// project/layers

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between the folders of root point inward only (STYLE.md).' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          layers: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' }, uniqueItems: true },
          },
          entries: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        required: ['layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      upward: '{{from}} must not import {{to}}: {{why}}',
      unknownTarget: '{{from}} must not import {{to}}: {{to}} is not a known layer (add it to the layer map); {{why}}',
      rootTarget: '{{from}} must not import {{to}}: files directly in {{root}}/ are not a known layer; {{why}}',
      unknownImporter:
        '{{file}} is directly in {{root}}/ and is not an entry, so it is not a known layer (move it into a layer folder or list it in `entries`); {{why}}',
    },
  },
  create(context) {
    const options = context.options[0];
    if (!options) return {};
    const root = rootOf(context);
    const file = context.physicalFilename;
    const rel = insideRoot(root, file);
    if (!rel) return {};
    const entries = (options.entries ?? []).map(globToRegExp);
    if (entries.some((entry) => entry.test(rel))) return {};

    const slash = rel.indexOf('/');
    const layer = slash === -1 ? '' : rel.slice(0, slash);
    const map = options.layers;
    const known = (name) => Object.hasOwn(map, name);
    // Folders not in the map (legacy ones) are not checked as importers; files directly in root
    // that are not entries are, as layer ''.
    if (layer !== '' && !known(layer)) return {};
    const allowed = new Set(known(layer) ? map[layer] : []);
    const rootName = display(root, root);
    const dir = path.dirname(file);

    return moduleReferences((node, specifier) => {
      if (!RELATIVE.test(specifier)) return;
      const target = insideRoot(root, path.resolve(dir, specifier.replace(/\.js$/, '.ts')));
      if (target === null) return;
      const targetSlash = target.indexOf('/');
      const targetLayer = targetSlash === -1 ? '' : target.slice(0, targetSlash);

      if (!known(layer)) {
        context.report({ node, messageId: 'unknownImporter', data: { file: display(root, file), root: rootName, why: STYLE } });
        return;
      }
      if (targetLayer === layer || allowed.has(targetLayer)) return;
      const from = `${rootName}/${layer}`;
      if (targetLayer === '') {
        const to = `${rootName}/${target}`;
        context.report({ node, messageId: 'rootTarget', data: { from, to, root: rootName, why: STYLE } });
      } else {
        const to = `${rootName}/${targetLayer}`;
        const messageId = known(targetLayer) ? 'upward' : 'unknownTarget';
        context.report({ node, messageId, data: { from, to, why: STYLE } });
      }
    });
  },
};

// ---------------------------------------------------------------------------------------------
// The module graph on disk

const SLASH = 47;
const STAR = 42;
const BACKSLASH = 92;
const NEWLINE = 10;
const BACKTICK = 96;
const DOLLAR = 36;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const SINGLE = 39;
const DOUBLE = 34;

/** Code ending here puts a module specifier next: `from '…'`, `import '…'`. */
const STATIC_SPECIFIER = /(?:^|[^\w$.])(?:from|import)\s*$/;
/** `import('…')`, `require('…')`. */
const CALL_SPECIFIER = /(?:^|[^\w$.])(?:import|require)\s*\(\s*$/;
/** A `/` after these starts a regular expression; after anything else it divides. */
const REGEXP_AFTER_CHAR = /(?:^|[(,=:[!&|?{};+\-*%<>~^])\s*$/;
const REGEXP_AFTER_WORD = /(?:^|[^\w$.])(?:return|typeof|instanceof|in|of|new|delete|void|throw|case|do|else|yield|await)\s*$/;

/**
 * The module specifiers of a TypeScript/JavaScript source: the strings right after `from` or
 * `import`, or inside `import(` / `require(`. Comments, other strings, template literals and
 * regular expression literals are skipped, so a commented-out import or an import inside a
 * string does not count. Inline `type` imports are imports like any other.
 */
export function scanSpecifiers(text) {
  const found = [];
  const templateBraces = []; // for each `${` open inside a template literal: its `{` depth
  const n = text.length;
  let tail = ''; // the last characters of code, with comments and literals blanked
  let start = 0; // where the current run of plain code started
  let i = 0;

  const code = (end, stand) => {
    tail = (tail + text.slice(start, end)).slice(-40) + stand;
  };

  /** From just after '`' or a closing '}': scans to the closing '`' (true) or to `${` (false). */
  const templateBody = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === BACKSLASH) i += 2;
      else if (c === BACKTICK) {
        i += 1;
        return true;
      } else if (c === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) {
        i += 2;
        templateBraces.push(0);
        return false;
      } else i += 1;
    }
    return true;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === SLASH) {
      const d = text.charCodeAt(i + 1);
      if (d === SLASH || d === STAR) {
        code(i, ' ');
        const end = d === SLASH ? text.indexOf('\n', i + 2) : text.indexOf('*/', i + 2);
        i = end === -1 ? n : d === SLASH ? end : end + 2;
        start = i;
        continue;
      }
      code(i, '');
      if (REGEXP_AFTER_CHAR.test(tail) || REGEXP_AFTER_WORD.test(tail)) {
        let inClass = false;
        for (i += 1; i < n; i += 1) {
          const r = text.charCodeAt(i);
          if (r === BACKSLASH) i += 1;
          else if (r === NEWLINE) break;
          else if (inClass) inClass = r !== 93; // ]
          else if (r === 91) inClass = true; // [
          else if (r === SLASH) break;
        }
        i += 1;
        tail += 'r';
      } else {
        i += 1;
        tail += '/';
      }
      start = i;
      continue;
    }
    if (c === SINGLE || c === DOUBLE) {
      code(i, '');
      const wanted = STATIC_SPECIFIER.test(tail) || CALL_SPECIFIER.test(tail);
      const open = i;
      for (i += 1; i < n; i += 1) {
        const s = text.charCodeAt(i);
        if (s === BACKSLASH) i += 1;
        else if (s === c || s === NEWLINE) break;
      }
      if (wanted) found.push(text.slice(open + 1, i));
      i += 1;
      tail += '""';
      start = i;
      continue;
    }
    if (c === BACKTICK) {
      code(i, '');
      const wanted = CALL_SPECIFIER.test(tail);
      const open = i;
      i += 1;
      const closed = templateBody();
      if (wanted && closed) found.push(text.slice(open + 1, i - 1));
      tail += closed ? '""' : '(';
      start = i;
      continue;
    }
    if (templateBraces.length > 0) {
      const top = templateBraces.length - 1;
      if (c === OPEN_BRACE) templateBraces[top] += 1;
      else if (c === CLOSE_BRACE) {
        if (templateBraces[top] === 0) {
          templateBraces.pop();
          code(i, '');
          i += 1;
          const closed = templateBody();
          tail += closed ? ')' : '(';
          start = i;
          continue;
        }
        templateBraces[top] -= 1;
      }
    }
    i += 1;
  }
  return found;
}

/** path → { mtimeMs, size, specifiers }: each file is read and scanned once per version. */
const specifierCache = new Map();
const SCANNED = /\.[cm]?[jt]sx?$/;

function statFile(file) {
  try {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return stat?.isFile() ? stat : undefined;
  } catch {
    return undefined;
  }
}

/** The relative specifiers of a file on disk ([] when it cannot be read). */
function specifiersOnDisk(file) {
  const stat = statFile(file);
  if (!stat) return [];
  const cached = specifierCache.get(file);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.specifiers;
  let specifiers = [];
  if (SCANNED.test(file)) {
    try {
      specifiers = scanSpecifiers(fs.readFileSync(file, 'utf8')).filter((s) => RELATIVE.test(s));
    } catch {
      specifiers = [];
    }
  }
  specifierCache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, specifiers });
  return specifiers;
}

/** The file a relative specifier names (`./x.js` → x.ts), or null when there is none under root. */
function resolveFile(root, fromDir, specifier) {
  const base = path.resolve(fromDir, specifier);
  if (insideRoot(root, base) === null) return null;
  let candidates;
  const ext = path.extname(base);
  if (ext === '.js') candidates = [`${base.slice(0, -3)}.ts`, `${base.slice(0, -3)}.tsx`, base];
  else if (ext === '.jsx') candidates = [`${base.slice(0, -4)}.tsx`, base];
  else if (ext === '.mjs') candidates = [`${base.slice(0, -4)}.mts`, base];
  else if (ext === '.cjs') candidates = [`${base.slice(0, -4)}.cts`, base];
  else if (ext === '') candidates = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base];
  else candidates = [base];
  return candidates.find((candidate) => statFile(candidate)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// project/no-cycle

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles among the files under root, type-only imports included (STYLE.md).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: true }],
    messages: {
      cycle: 'Import cycle (STYLE.md: no circle, types included): {{cycle}}',
    },
  },
  create(context) {
    const root = rootOf(context);
    const file = context.physicalFilename;
    if (insideRoot(root, file) === null) return {};
    const references = [];

    return {
      ...moduleReferences((node, specifier) => {
        if (RELATIVE.test(specifier)) references.push({ node, specifier });
      }),
      'Program:exit'() {
        // This file's imports come from its AST (it may be unsaved); the rest from disk.
        const resolved = new Map(); // `${dir}\0${specifier}` → file | null, for this lint
        const resolve = (dir, specifier) => {
          const key = `${dir}\0${specifier}`;
          if (!resolved.has(key)) resolved.set(key, resolveFile(root, dir, specifier));
          return resolved.get(key);
        };
        const depsOf = new Map();
        const deps = (from) => {
          let list = depsOf.get(from);
          if (!list) {
            const dir = path.dirname(from);
            list = [...new Set(specifiersOnDisk(from).map((s) => resolve(dir, s)).filter(Boolean))];
            depsOf.set(from, list);
          }
          return list;
        };
        const deadEnds = new Set(); // files from which this file cannot be reached

        /** The shortest path from `start` back to this file, or null. */
        const pathBack = (start) => {
          if (start === file) return [file];
          if (deadEnds.has(start)) return null;
          const parent = new Map([[start, null]]);
          const queue = [start];
          for (let q = 0; q < queue.length; q += 1) {
            const at = queue[q];
            for (const next of deps(at)) {
              if (next === file) {
                const chain = [file];
                for (let step = at; step !== null; step = parent.get(step)) chain.unshift(step);
                return chain;
              }
              if (parent.has(next) || deadEnds.has(next)) continue;
              parent.set(next, at);
              queue.push(next);
            }
          }
          for (const seen of parent.keys()) deadEnds.add(seen);
          return null;
        };

        const dir = path.dirname(file);
        for (const { node, specifier } of references) {
          const target = resolve(dir, specifier);
          if (!target) continue;
          const chain = pathBack(target);
          if (!chain) continue;
          const cycle = [file, ...chain].map((p) => display(root, p)).join(' → ');
          context.report({ node, messageId: 'cycle', data: { cycle } });
        }
      },
    };
  },
};

export default {
  meta: { name: 'project-layers' },
  rules: { layers, 'no-cycle': noCycle },
};
