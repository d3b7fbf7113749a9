// @custom-elements-manifest/analyzer: `npm run analyze` writes custom-elements.json at the repo
// root (published with the package, named by package.json's "customElements").
//
// The analyzer reads the JSDoc of src/element/cookie-consent.ts (@fires, @csspart, @cssprop).
// The plugins below fix what it cannot see by itself:
//
// - the attributes and their reflecting properties come from one table, src/core/attributes.ts
//   (each row's JSDoc: summary and `@default`), and the `text-…` rows from the texts' JSDoc in
//   src/core/texts/texts.ts; the element defines the accessors in a loop the analyzer cannot read;
// - names given by constants: `customElements.define(TAG_NAME, …)` and
//   `new CustomEvent(CONSENT_CHANGE, …)` come out as "TAG_NAME" / "CONSENT_CHANGE"; they are
//   replaced by the constants' string values (found among the manifest's variable declarations);
// - Lit internal state (`state: true` or `attribute: false` in `static properties`) is not an
//   attribute, and private/protected members are not public API: both are dropped;
// - module paths point at what the package publishes (dist/lib/**/*.js), not at src/**/*.ts,
//   which the package does not contain.

import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The analysed sources: the npm entry (it defines the tag), the element, and the event module (the
 * event name's constant). Globbing all of src/ works too, but adds ~65 KB of internal helpers (core/,
 * gating/, consent/, views/ …) that are no public API to the manifest. The script-tag entries (cdn*.ts)
 * are not part of the npm API; tests live outside src/.
 */
const globs = ['src/index.ts', 'src/element/cookie-consent.ts', 'src/element/consent-change.ts'];
const exclude = ['src/cdn.ts', 'src/cdn-load-data.ts', 'src/**/*.test.ts', 'src/**/*.d.ts'];

/** The text of a `/** … *\/` comment before `pos`, and its `@default`, if any. */
function jsDocBefore(ts, source, pos) {
  const ranges = ts.getLeadingCommentRanges(source, pos) ?? [];
  const last = ranges.filter((range) => source.startsWith('/**', range.pos)).at(-1);
  if (!last) return { description: '', default: undefined };
  const lines = source
    .slice(last.pos + 3, last.end - 2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim());
  const tag = lines.find((line) => line.startsWith('@default'));
  return {
    description: lines.filter((line) => line && !line.startsWith('@')).join(' '),
    default: tag ? tag.replace(/^@default\s+/, '') : undefined,
  };
}

/** `policy-url` → `policyUrl`; `bannerTitle` → `text-banner-title`: as src/core/attributes.ts names them. */
const camelCase = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const textAttribute = (key) => `text-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The rows of the attribute table, in order: `{ name, description, default }`. */
function attributeTable(ts) {
  const read = (file) => {
    const text = readFileSync(new URL(file, import.meta.url), 'utf8');
    return { text, tree: ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true) };
  };
  const rows = [];
  const table = read('src/core/attributes.ts');
  ts.forEachChild(table.tree, function visit(node) {
    if (ts.isVariableDeclaration(node) && node.name.getText() === 'CONFIG_ATTRIBUTES') {
      let list = node.initializer;
      while (list && ts.isAsExpression(list)) list = list.expression;
      for (const element of list.elements) {
        const name = ts.isCallExpression(element) && element.arguments[0] && ts.isStringLiteral(element.arguments[0]) ? element.arguments[0].text : null;
        if (!name) throw new Error(`src/core/attributes.ts: a row of CONFIG_ATTRIBUTES is not row('name', …) or flag('name'): ${element.getText()}`);
        rows.push({ name, ...jsDocBefore(ts, table.text, element.pos) });
      }
    }
    ts.forEachChild(node, visit);
  });
  const texts = read('src/core/texts/texts.ts');
  ts.forEachChild(texts.tree, function visit(node) {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Texts') {
      for (const member of node.members) {
        const key = member.name?.getText();
        // Only the plain strings: `lang` is the tag, `categories` and `declaration` are groups of texts.
        if (!key || key === 'lang' || member.type?.getText() !== 'string') continue;
        const { description } = jsDocBefore(ts, texts.text, member.pos);
        rows.push({ name: textAttribute(key), description: `Your own wording, in any language (shown as text), for: ${description || key}` });
      }
    }
    ts.forEachChild(node, visit);
  });
  return rows;
}

/** Adds every row of the attribute table to the element: the attribute and its reflecting property. */
function attributeTablePlugin() {
  return {
    name: 'cookie-consent: attributes from the table',
    packageLinkPhase({ customElementsManifest }) {
      const element = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []).find((declaration) => declaration.name === 'CookieConsent');
      if (!element) throw new Error('custom-elements.json: no CookieConsent declaration');
      const rows = attributeTable(ts);
      element.attributes = rows.map((row) => ({
        name: row.name,
        description: row.description,
        ...(row.default ? { default: row.default } : {}),
        type: { text: 'string' },
        ...(row.name === 'lang' ? {} : { fieldName: camelCase(row.name) }),
      }));
      const fields = rows
        .filter((row) => row.name !== 'lang')
        .map((row) => ({
          kind: 'field',
          name: camelCase(row.name),
          type: { text: 'string | null' },
          description: row.description,
          ...(row.default ? { default: row.default } : {}),
          attribute: row.name,
          reflects: true,
        }));
      element.members = [...fields, ...(element.members ?? []).filter((member) => !fields.some((field) => field.name === member.name))];
    },
  };
}

/** A valid custom element / event name is not a JavaScript identifier like `TAG_NAME`. */
const looksLikeIdentifier = (name) => typeof name === 'string' && /^[A-Za-z_$][\w$]*$/.test(name) && !/^[a-z]+$/.test(name);

/** The string a `const X = 'literal'` holds, from the manifest's variable declarations. */
function stringConstants(manifest) {
  const values = new Map();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind !== 'variable' || typeof declaration.default !== 'string') continue;
      const match = /^(['"`])([^'"`]*)\1$/.exec(declaration.default.trim());
      if (!match) continue;
      // The same name bound to different strings in two modules is ambiguous: leave it alone.
      values.set(declaration.name, values.has(declaration.name) && values.get(declaration.name) !== match[2] ? null : match[2]);
    }
  }
  return values;
}

/** Replaces constant identifiers used as tag names and event names by their values. */
function resolveConstantNamesPlugin() {
  return {
    name: 'cookie-consent: resolve constant tag and event names',
    packageLinkPhase({ customElementsManifest }) {
      const constants = stringConstants(customElementsManifest);
      const resolve = (name) => (looksLikeIdentifier(name) && constants.get(name)) || name;
      for (const mod of customElementsManifest.modules) {
        for (const entry of mod.exports ?? []) {
          if (entry.kind === 'custom-element-definition') entry.name = resolve(entry.name);
        }
        for (const declaration of mod.declarations ?? []) {
          if (declaration.tagName) declaration.tagName = resolve(declaration.tagName);
          if (!declaration.events) continue;
          // `@fires consent-change` and `dispatchEvent(new CustomEvent(CONSENT_CHANGE))` are one event.
          const events = [];
          for (const event of declaration.events) {
            const named = { ...event, name: resolve(event.name) };
            const same = events.find((other) => other.name === named.name);
            if (same) Object.assign(same, { ...named, ...same, type: same.type ?? named.type });
            else events.push(named);
          }
          declaration.events = events;
        }
      }
    },
  };
}

/** Drops Lit internal state from the attributes, and private/protected members altogether. */
function publicApiOnlyPlugin() {
  /** class name -> names declared `state: true` or `attribute: false` in `static properties`. */
  const internal = new Map();
  return {
    name: 'cookie-consent: public API only',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = ts.getModifiers?.(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== 'properties') continue;
        let object = ts.isPropertyDeclaration(member) ? member.initializer : undefined;
        if (ts.isGetAccessor(member)) object = member.body?.statements?.find(ts.isReturnStatement)?.expression;
        while (object && (ts.isAsExpression(object) || ts.isParenthesizedExpression(object) || ts.isSatisfiesExpression?.(object))) object = object.expression;
        if (!object || !ts.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties) {
          if (!ts.isPropertyAssignment(property) || !ts.isObjectLiteralExpression(property.initializer)) continue;
          const notAnAttribute = property.initializer.properties.some(
            (option) =>
              ts.isPropertyAssignment(option) &&
              ((option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword) ||
                (option.name.getText() === 'attribute' && option.initializer.kind === ts.SyntaxKind.FalseKeyword)),
          );
          if (!notAnAttribute) continue;
          const names = internal.get(node.name.text) ?? new Set();
          names.add(property.name.getText().replace(/^['"]|['"]$/g, ''));
          internal.set(node.name.text, names);
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
        const state = internal.get(declaration.name) ?? new Set();
        const hidden = new Set(state);
        declaration.members = (declaration.members ?? []).filter((member) => {
          const isPublic = member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#');
          if (!isPublic) hidden.add(member.name);
          if (isPublic && state.has(member.name)) delete member.attribute;
          return isPublic;
        });
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
      }
    },
  };
}

/** src/foo/bar.ts (or /src/foo/bar.js, ./bar.js relative to a module) -> dist/lib/foo/bar.js. */
function publishedPathsPlugin() {
  const published = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');
  const join = (from, relative) => {
    const parts = from.split('/').slice(0, -1);
    for (const part of relative.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
  };
  return {
    name: 'cookie-consent: published module paths',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) mod.path = published(mod.path);
      const declaredIn = (name) => modules.filter((mod) => mod.declarations?.some((declaration) => declaration.name === name));
      const fix = (reference, mod) => {
        if (!reference?.module || reference.package) return;
        let path = reference.module.startsWith('.') ? join(mod.path, reference.module) : published(reference.module);
        path = path.replace(/^\//, '').replace(/\.ts$/, '.js');
        // `import { X } from './x.js'; export { X };` is recorded as declared in the re-exporting module.
        const owners = declaredIn(reference.name);
        const here = modules.find((other) => other.path === path);
        if (here && !here.declarations?.some((declaration) => declaration.name === reference.name) && owners.length === 1) path = owners[0].path;
        reference.module = path;
      };
      for (const mod of modules) {
        for (const entry of mod.exports ?? []) fix(entry.declaration, mod);
        for (const declaration of mod.declarations ?? []) {
          fix(declaration.superclass, mod);
          for (const list of [declaration.members, declaration.attributes, declaration.events]) {
            for (const item of list ?? []) fix(item.inheritedFrom, mod);
          }
        }
      }
    },
  };
}

export default {
  globs,
  exclude,
  outdir: '.',
  litelement: true,
  // package.json is edited by hand ("customElements": "custom-elements.json"), never by the analyzer.
  packagejson: false,
  plugins: [resolveConstantNamesPlugin(), publicApiOnlyPlugin(), attributeTablePlugin(), publishedPathsPlugin()],
};
