// Finds dates, numbers and percentages formatted by hand instead of through next-intl's formatter with the reader's
// locale and the display time zone (lib/i18n/time-zone.ts): the runtime's own locale methods, Intl formatters built
// beside next-intl, a "%" glued to a number, a time zone written out, a time of day that does not name its zone, a
// formatter made without a zone, and date parts picked apart for display. Read from the TypeScript parse, so
// comments and prose never count.
import ts from "typescript";
import type { Finding } from "./physical-direction";

/** The runtime's formatting methods: they take the server's locale and zone unless told, and pad or round by hand. */
const HAND_METHODS = new Set(["toLocaleString", "toLocaleDateString", "toLocaleTimeString", "toFixed"]);
/** Intl's formatters that next-intl wraps (format.dateTime, number, relativeTime, list; ICU plurals). */
const WRAPPED_INTL = new Set(["DateTimeFormat", "NumberFormat", "RelativeTimeFormat", "PluralRules", "ListFormat"]);
/** Formatters made outside a page: each needs its time zone. */
const FORMATTER_FACTORIES = new Set(["createFormatter", "createTranslator"]);
/** Date parts that a page would assemble into a date by hand. */
const DATE_PARTS = /^get(UTC)?(FullYear|Month|Date|Day|Hours|Minutes)$/;

/** Hand formatting in a parsed source; `display` says whether it renders (app/, components/), where date parts count. */
export function handFormatting(source: ts.SourceFile, { display }: { display: boolean }): Finding[] {
  const file = source.fileName;
  const found: Finding[] = [];
  const report = (node: ts.Node, what: string) => found.push({ file, line: lineOf(source, node), found: what });
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (ts.isCallExpression(node.parent) && node.parent.expression === node) {
        if (HAND_METHODS.has(name)) report(node, `.${name}()`);
        if (display && DATE_PARTS.test(name)) report(node, `.${name}()`);
      }
      if (ts.isIdentifier(node.expression) && node.expression.text === "Intl" && WRAPPED_INTL.has(name)) {
        report(node, `Intl.${name}`);
      }
    }
    if (ts.isTemplateSpan(node) && /^ ?%/.test(node.literal.text)) report(node, "${…}%");
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      if (node.name.text === "timeZone" && ts.isStringLiteralLike(node.initializer)) report(node, "timeZone: literal");
      if (node.name.text === "timeStyle") report(node, "timeStyle");
    }
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      FORMATTER_FACTORIES.has(node.expression.text)
    ) {
      const [options] = node.arguments;
      const hasZone =
        options &&
        ts.isObjectLiteralExpression(options) &&
        options.properties.some((property) => property.name?.getText(source) === "timeZone");
      if (!hasZone) report(node, `${node.expression.text} without timeZone`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function lineOf(source: ts.SourceFile, node: ts.Node): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}
