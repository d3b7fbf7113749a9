// A rollup plugin that squeezes the white space out of Lit's css`` and html`` template literals.
// Terser leaves template text alone, and in a banner that is mostly text and styles it adds up.
// Only runs of white space change (never removed between words), so rendering is the same.

const CSS = /\bcss\s*`([^`]*)`/g;
const HTML = /\bhtml\s*`([^`]*?)`/g;

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyHtml(text) {
  // Collapse white space; drop it only next to a tag boundary that starts or ends a line.
  return text.replace(/>\s*\n\s*/g, '>').replace(/\s*\n\s*</g, '<').replace(/\s+/g, ' ');
}

export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = code
        .replace(CSS, (_, body) => `css\`${body.includes('${') ? body : minifyCss(body)}\``)
        // A line comment inside a ${…} expression would swallow what follows once lines are joined.
        .replace(HTML, (_, body) => `html\`${body.includes('//') ? body : minifyHtml(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
