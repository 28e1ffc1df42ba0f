// Shared by the plain-DOM floor pages: one element made, filled and appended in a call.
export function el(parent, tag, text, attributes = {}) {
  const node = parent.appendChild(document.createElement(tag));
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The same for SVG elements. */
export function svgEl(parent, tag, text, attributes = {}) {
  const node = parent.appendChild(document.createElementNS('http://www.w3.org/2000/svg', tag));
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
