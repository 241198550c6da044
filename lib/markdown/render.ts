import rehypeHighlight from "rehype-highlight";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import type { Root } from "hast";
import { unified } from "unified";
import { visit } from "unist-util-visit";

// GitHub's sanitisation rules, plus `language-*` classes on code so fences
// keep their language. No raw HTML, no event handlers, no javascript: URLs.
const schema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [...(defaultSchema.attributes?.code ?? []), ["className", /^language-[\w-]+$/]],
  },
};

/** Code blocks scroll sideways; a tab stop lets keyboard users scroll them too. */
function focusableCodeBlocks() {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      if (node.tagName === "pre") node.properties.tabIndex = 0;
    });
  };
}

/**
 * A wide GFM table scrolls inside a box of its own instead of panning the
 * whole page on a phone; the box is a tab stop so keyboards can scroll it.
 */
function scrollableTables() {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "table" || !parent || index === undefined) return;
      parent.children[index] = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-scroll"], tabIndex: 0 },
        children: [node],
      };
      return "skip";
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, schema)
  // Highlighting runs after sanitising: it only adds spans with hljs classes.
  .use(rehypeHighlight, { detect: false, plainText: ["mermaid", "text", "txt", "log"] })
  .use(focusableCodeBlocks)
  .use(scrollableTables)
  .use(rehypeStringify)
  .freeze();

// Card summaries sit inside or beside a card's link: only inline emphasis and
// code survive; every other element (links, images, blocks) is replaced by its
// text, so nothing interactive nests inside the card's link.
const inlineSchema: SanitizeSchema = {
  tagNames: ["code", "em", "strong", "del"],
  attributes: {},
  strip: ["script", "style"],
};

const inlineProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, inlineSchema)
  .use(rehypeStringify)
  .freeze();

/** Inline markdown (code, emphasis) of a summary to sanitised HTML for one line of a card; links become their text. */
export function renderInlineMarkdown(source: string): string {
  if (!source.trim()) return "";
  return String(inlineProcessor.processSync(source))
    .replace(/\s*\n\s*/g, " ")
    .trim();
}

/** Markdown (GFM) to sanitised HTML: the one renderer of read pages and editor previews. */
export function renderMarkdown(source: string): string {
  if (!source.trim()) return "";
  return String(processor.processSync(source));
}
