/**
 * The descriptions of the visits format, read from the JSDoc of `src/model/schema.ts` and
 * `schema-primitives.ts`: the
 * comment above each schema constant and above each field of its `v.object({ … })`, so the
 * JSON Schema and the README say what the code says.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Schema constant → its description (`''` key) and each field's, by dotted path. */
export type SchemaDocs = Map<string, Map<string, string>>;

const docOf = (node: ts.Node): string => {
  const texts = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '');
  return texts.join(' ').replace(/\s+/g, ' ').trim();
};

/**
 * Reads the JSDoc of every exported and local schema constant in `files`, read as one module
 * (an object spread into another, `...passageEntries`, may come from an earlier file).
 */
export function schemaDocs(...files: string[]): SchemaDocs {
  const objects = new Map<string, ts.ObjectLiteralExpression>();
  const consts: [string, ts.VariableStatement, ts.Expression][] = [];
  for (const file of files) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.ES2022,
      true,
    );
    for (const statement of source.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        consts.push([d.name.text, statement, d.initializer]);
        if (ts.isObjectLiteralExpression(d.initializer)) objects.set(d.name.text, d.initializer);
      }
    }
  }
  const docs: SchemaDocs = new Map();
  for (const [name, statement, init] of consts) {
    const fields = new Map<string, string>([['', docOf(statement)]]);
    const fieldsOf = (literal: ts.ObjectLiteralExpression, prefix: string) => {
      for (const prop of literal.properties) {
        if (ts.isSpreadAssignment(prop)) {
          const spread = objects.get(prop.expression.getText());
          if (spread) fieldsOf(spread, prefix);
        } else if (ts.isPropertyAssignment(prop)) {
          const key = `${prefix}${prop.name.getText().replace(/^['"]|['"]$/g, '')}`;
          const doc = docOf(prop);
          if (doc) fields.set(key, doc);
          walk(prop.initializer, `${key}.`);
        }
      }
    };
    const walk = (node: ts.Node, prefix: string): void => {
      if (ts.isCallExpression(node) && node.expression.getText().endsWith('.object')) {
        const arg = node.arguments[0];
        const literal =
          arg && ts.isIdentifier(arg) ? objects.get(arg.text) : (arg as ts.Expression | undefined);
        if (literal && ts.isObjectLiteralExpression(literal)) fieldsOf(literal, prefix);
        return;
      }
      ts.forEachChild(node, (child) => walk(child, prefix));
    };
    walk(init, '');
    docs.set(name, fields);
  }
  return docs;
}
