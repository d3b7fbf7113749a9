/**
 * A tiny element builder for the first layer, which is drawn without Lit so it can paint in the
 * page's first frame from the script-tag file alone. Text goes in as text, never as HTML.
 */

type Child = Node | string | null | false | undefined;

/** `<tag attributes…>children</tag>`; `null` attribute values are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  attributes: Record<string, string | null> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== null) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}
