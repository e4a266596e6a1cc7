// Finds what would not mirror in right to left (Arabic): Tailwind classes and CSS declarations tied to a physical
// side (left/right) where a logical one exists (start/end), and arrow glyphs that point "back" or "forward" without
// the class that mirrors them. Classes are read from the string literals of the TypeScript parse (comments and prose
// outside strings never count); CSS from its declarations, comments removed.
import ts from "typescript";

export type Finding = { file: string; line: number; found: string };

const VALUE = String.raw`(\d+(\.\d+)?|\d+/\d+|px|auto|full|\[[^\]]+\]|\([^)]+\))`;
const PHYSICAL_CLASS = [
  new RegExp(String.raw`^-?(scroll-)?[mp][lr]-${VALUE}$`), // ml-2 pr-4 -mr-1 scroll-ml-2 → ms- pe- -me- scroll-ms-
  new RegExp(String.raw`^-?(left|right)-${VALUE}$`), // left-2 -right-[3px] → start- end-
  /^(border|rounded)-([lr]|tl|tr|bl|br)(-.+)?$/, // border-l-4 border-r rounded-tl-md → border-s- border-e rounded-ss-
  /^(text|float|clear)-(left|right)$/, // text-left float-right → text-start float-end
];
/** The glyphs that point back or forward; the element holding one mirrors it in right to left. */
const ARROWS = /[←→‹›]/;
const MIRROR_CLASS = "rtl:-scale-x-100";

/** The utility a class token applies, without its variants (`sm:`, `print:`, `focus:`) and `!` importance. */
function utilityOf(token: string): string {
  return (token.split(":").pop() ?? "").replace(/^!|!$/g, "");
}

/** A TypeScript or TSX source parsed once for both checks. */
export function parseSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
}

/** Physical direction classes in the string literals of a parsed source. */
export function physicalClasses(source: ts.SourceFile): Finding[] {
  const file = source.fileName;
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      for (const token of node.text.split(/\s+/)) {
        if (PHYSICAL_CLASS.some((pattern) => pattern.test(utilityOf(token)))) {
          found.push({ file, line: lineOf(source, node), found: token });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Arrow glyphs in JSX text (of a parsed source) whose element does not carry the mirroring class. */
export function unmirroredArrows(source: ts.SourceFile): Finding[] {
  const file = source.fileName;
  const found: Finding[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && ARROWS.test(node.text) && ts.isJsxElement(node.parent)) {
      const className = node.parent.openingElement.attributes.properties.find(
        (attribute) => ts.isJsxAttribute(attribute) && attribute.name.getText(source) === "className",
      );
      if (!className?.getText(source).includes(MIRROR_CLASS)) {
        found.push({ file, line: lineOf(source, node), found: node.text.trim() });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const PHYSICAL_DECLARATION =
  /\b((margin|padding|border|scroll-margin|scroll-padding)-(left|right)[\w-]*|left|right|border-(top|bottom)-(left|right)-radius)\s*:|\b(text-align|float|clear)\s*:\s*(left|right)\b/g;

/** Physical direction declarations in a CSS file (comments ignored). */
export function physicalDeclarations(file: string, css: string): Finding[] {
  const code = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "));
  return [...code.matchAll(PHYSICAL_DECLARATION)].map((match) => ({
    file,
    line: code.slice(0, match.index).split("\n").length,
    found: match[0],
  }));
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}
