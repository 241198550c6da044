/**
 * The SVG markup with every id given `suffix`, and the references to them
 * (`url(#…)`, `href="#…"`, `#…` selectors in its <style>, aria-labelledby and
 * aria-describedby) renamed alike, so that a copy can sit in the same document
 * as the original: mermaid scopes its styles and arrow markers by the SVG's id.
 */
export function renameSvgIds(markup: string, suffix: string): string {
  const ids = new Set(Array.from(markup.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
  if (!ids.size) return markup;
  const rename = (id: string) => (ids.has(id) ? `${id}${suffix}` : id);
  return markup
    .replace(/(\sid=")([^"]+)"/g, (_, attribute: string, id: string) => `${attribute}${id}${suffix}"`)
    .replace(
      /(\saria-(?:labelledby|describedby)=")([^"]*)"/g,
      (_, attribute: string, list: string) => `${attribute}${list.split(/\s+/).map(rename).join(" ")}"`,
    )
    .replace(/#([A-Za-z_][\w-]*)/g, (whole, id: string) => (ids.has(id) ? `#${rename(id)}` : whole));
}
