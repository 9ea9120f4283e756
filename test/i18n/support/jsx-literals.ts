import ts from 'typescript';

/*
 * Finds user-facing literals in TSX: JSX text with letters (Latin or Hangul), and string or
 * template text with letters given to a JSX child expression or to an attribute people read
 * (aria-label, title, placeholder, alt, label…). String arguments of calls — message keys in
 * `tr('…')`, field codes — and operands of comparisons (`state.view === 'plan'`) are code, not text.
 */

const LETTERS = /[A-Za-z\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'caption',
]);

/** One literal a person would read. */
export interface Literal {
  line: number;
  text: string;
}

/** The user-facing literals of one TSX source. */
export function jsxLiterals(source: string, fileName = 'x.tsx'): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => {
    if (LETTERS.test(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) add(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      strings(node.expression, add);
    else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(file)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) add(node.initializer, node.initializer.text);
      else strings(node.initializer, add);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** String and template text inside an expression that ends up as text (not call arguments, comparisons, keys). */
function strings(expr: ts.Node, add: (n: ts.Node, text: string) => void): void {
  const walk = (n: ts.Node) => {
    // A plain string argument is a code (`headerOf('name')`, `tr('key')`); tr's first argument is a key even as a template.
    if (ts.isCallExpression(n)) return n.arguments.forEach((a, i) => !(i === 0 && isTr(n)) && !ts.isStringLiteral(a) && walk(a));
    if (ts.isBinaryExpression(n) && isComparison(n.operatorToken.kind)) return;
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isJsxFragment(n)) return; // visited on its own
    if (ts.isPropertyAssignment(n)) return walk(n.initializer);
    if (ts.isElementAccessExpression(n)) return walk(n.expression);
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return add(n, n.text);
    if (ts.isTemplateExpression(n)) {
      add(n.head, n.head.text);
      n.templateSpans.forEach((s) => add(s.literal, s.literal.text));
    }
    ts.forEachChild(n, walk);
  };
  walk(expr);
}

const isTr = (n: ts.CallExpression) => ts.isIdentifier(n.expression) && n.expression.text === 'tr';
const isComparison = (k: ts.SyntaxKind) =>
  k === ts.SyntaxKind.EqualsEqualsEqualsToken ||
  k === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
  k === ts.SyntaxKind.EqualsEqualsToken ||
  k === ts.SyntaxKind.ExclamationEqualsToken;
