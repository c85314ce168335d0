/**
 * The first layer (the banner) is built without Preact, with this one helper,
 * so a first visit does not pay 4.5 KB for a framework to draw one region.
 * Children go in through `append`, which makes a string a text node: text
 * from the catalogue can never become markup.
 *
 * @example el('p', { class: 'x' }, 'Hello ', el('a', { href: '/privacy' }, 'privacy'))
 */
export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag)
  for (const name in attributes) element.setAttribute(name, attributes[name]!)
  element.append(...children)
  return element
}
