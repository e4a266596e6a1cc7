// Drawings that never change in the browser (the bar charts, the map) are written as one markup string on the server
// and set with dangerouslySetInnerHTML: React then neither repeats them element by element in the page's Server
// Components payload nor hydrates them node by node (issue 12). Every piece of text in them goes through here, so
// that a name from the database is escaped exactly once, wherever it lands.

/** Markup made by `element` or `fragment`: safe to put in a page as is. Plain strings are text and get escaped. */
export class Markup {
  readonly #html: string;
  private constructor(html: string) {
    this.#html = html;
  }
  /** The markup, for dangerouslySetInnerHTML. */
  get html(): string {
    return this.#html;
  }
  /** @internal only `element` and `fragment` make Markup. */
  static of(html: string): Markup {
    return new Markup(html);
  }
}

type AttributeValue = string | number | null | undefined | false;
type Child = Markup | string | null | undefined | false | readonly Child[];

const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text (or an attribute value) with every character that could end it or start markup written as an entity. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/**
 * `<name attributes>children</name>`: attribute values and string children are escaped; null, undefined and false
 * leave an attribute or child out. Names are the code's own, never data, and are checked all the same. Values are
 * quoted with ' because the payload that carries the string escapes every " (twice).
 */
export function element(name: string, attributes: Record<string, AttributeValue>, ...children: Child[]): Markup {
  if (!NAME.test(name)) throw new Error(`Not an element name: ${name}`);
  let html = `<${name}`;
  for (const [attribute, value] of Object.entries(attributes)) {
    if (!NAME.test(attribute)) throw new Error(`Not an attribute name: ${attribute}`);
    if (value === null || value === undefined || value === false) continue;
    html += ` ${attribute}='${escapeMarkup(String(value))}'`;
  }
  return Markup.of(`${html}>${childrenMarkup(children)}</${name}>`);
}

/** Several pieces side by side, without an element around them. */
export function fragment(...children: Child[]): Markup {
  return Markup.of(childrenMarkup(children));
}

function childrenMarkup(children: readonly Child[]): string {
  let html = "";
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (child instanceof Markup) html += child.html;
    else if (typeof child === "string") html += escapeMarkup(child);
    else html += childrenMarkup(child);
  }
  return html;
}
