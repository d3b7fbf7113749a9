/** Tags a stylesheet's text, so the build can find and minify it; returns it as written. */
export const css = (strings: TemplateStringsArray): string => strings.raw.join('');
