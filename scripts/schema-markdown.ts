/**
 * The README's reference of the visits format, written from its JSON Schema: one table per
 * definition, one row per field (fields of inline objects as dotted paths), with the values
 * each field allows and its description.
 */
import type { JsonSchema } from '@valibot/to-json-schema';

// biome-ignore lint/suspicious/noExplicitAny: a JSON Schema node is read field by field here.
type Node = Record<string, any>;

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const anchor = (name: string) => name.toLowerCase();
const refName = (ref: string) => ref.replace('#/$defs/', '');

/** What a node allows, in a few words: `"day" \| "week"`, `integer ≥ 0`, `array of Quote`. */
export function allowed(node: Node): string {
  if (node.$ref) {
    const name = refName(node.$ref);
    return `[${name}](#${anchor(name)})`;
  }
  if (node.anyOf) {
    const others = node.anyOf.filter((n: Node) => n.type !== 'null');
    const nullable = others.length < node.anyOf.length;
    return [...others.map(allowed), ...(nullable ? ['`null`'] : [])].join(' or ');
  }
  if (node.const !== undefined) return code(JSON.stringify(node.const));
  if (node.enum) return node.enum.map((e: unknown) => code(JSON.stringify(e))).join(' \\| ');
  const range = (what: string) => {
    const { minimum: min, maximum: max } = node;
    if (min !== undefined && max !== undefined) return `${what} from ${min} to ${max}`;
    if (min !== undefined) return `${what} ≥ ${min}`;
    return what;
  };
  switch (node.type) {
    case 'integer':
      return range('integer');
    case 'number':
      return range('number');
    case 'string':
      if (node.format === 'date') return 'date `YYYY-MM-DD`';
      if (node.pattern) return `string matching ${code(node.pattern)}`;
      return node.minLength ? 'non-empty string' : 'string';
    case 'array':
      if (node.prefixItems) return `\`[\`${node.prefixItems.map(allowed).join(', ')}\`]\``;
      return `array of ${allowed(node.items ?? {})}${node.minItems ? ` (at least ${node.minItems})` : ''}`;
    case 'object':
      if (node.additionalProperties) return `object of ${allowed(node.additionalProperties)}s`;
      return 'object';
    default:
      return 'any';
  }
}

/** Rows of one object's fields; an inline object's fields follow it as `parent.field`. */
function rows(node: Node, prefix = ''): string[] {
  const required = new Set<string>(node.required ?? []);
  return Object.entries<Node>(node.properties ?? {}).flatMap(([key, child]) => {
    const name = `${prefix}${key}`;
    const fallback =
      child.default !== undefined ? ` Default ${code(JSON.stringify(child.default))}.` : '';
    const row = `| ${code(name)} | ${allowed(child)} | ${required.has(key) ? 'yes' : 'no'} | ${cell(child.description ?? '')}${fallback} |`;
    return child.properties ? [row, ...rows(child, `${name}.`)] : [row];
  });
}

const HEAD = '| Field | Allowed values | Required | Description |\n| --- | --- | --- | --- |';

/** Extra lines for the rules a definition adds beyond its fields. */
function rules(name: string, def: Node): string {
  if (name === 'LooseQuote') return 'A [Quote](#quote) that must name its `article`.';
  if (name === 'LooseStatistic') {
    return 'A [Statistic](#statistic); a `city` or `province` figure must name its `area`.';
  }
  if (def.allOf) {
    const forms = def.allOf
      .map(
        (r: Node) =>
          `${code(r.if.properties.date.pattern)} → ${code(r.then.properties.precision.const)}`,
      )
      .join(', ');
    return `When \`precision\` is given it must match the form of \`date\`: ${forms}.`;
  }
  return '';
}

/** The whole reference: the file's members, then each definition. */
export function formatReference(schema: JsonSchema, order: string[]): string {
  const root = schema as Node;
  const parts = [
    `#### The file\n\n${cell(root.description ?? '')}\n\n${HEAD}\n${rows(root).join('\n')}\n`,
  ];
  for (const name of order) {
    const def = root.$defs[name] as Node;
    const text = [cell(def.description ?? ''), rules(name, def)].filter(Boolean).join(' ');
    const table = def.properties ? `\n\n${HEAD}\n${rows(def).join('\n')}` : '';
    parts.push(`#### ${name}\n\n${text}${table}\n`);
  }
  return parts.join('\n');
}
