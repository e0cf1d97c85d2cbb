/**
 * A small validator for the JSON Schema keywords z.toJSONSchema emits for the budget
 * format, so tests can check the published schema's meaning without a new dependency.
 * It throws on any keyword it does not know, so it can never pass a file by ignoring a rule.
 */
export type JsonSchema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description']);
const KNOWN = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'enum',
  'const',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'anyOf',
]);

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
    case 'boolean':
      return typeof value === type;
    default:
      throw new Error(`unsupported type ${String(type)}`);
  }
}

/** Resolves "#/$defs/Name" against the root schema. */
export function resolveRef(root: JsonSchema, schema: JsonSchema): JsonSchema {
  if (typeof schema.$ref !== 'string') return schema;
  const name = schema.$ref.replace(/^#\/\$defs\//, '');
  const target = (root.$defs as Record<string, JsonSchema> | undefined)?.[name];
  if (!target) throw new Error(`unresolved ${schema.$ref}`);
  return target;
}

/** Every violation of `schema` by `value`, as "path: keyword". */
export function validate(root: JsonSchema, schema: JsonSchema, value: unknown, path = ''): string[] {
  const s = resolveRef(root, schema);
  for (const key of Object.keys(s)) if (!KNOWN.has(key) && !ANNOTATIONS.has(key)) throw new Error(`unsupported keyword ${key} at ${path}`);
  const at = path || '(root)';
  if (s.type !== undefined && !typeOk(s.type, value)) return [`${at}: type ${String(s.type)}`];
  const errors: string[] = [];
  if (s.enum && !(s.enum as unknown[]).includes(value)) errors.push(`${at}: enum`);
  if ('const' in s && s.const !== value) errors.push(`${at}: const`);
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${at}: minimum`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${at}: maximum`);
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) errors.push(`${at}: minLength`);
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) errors.push(`${at}: maxLength`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) errors.push(`${at}: pattern`);
  }
  if (s.anyOf && !(s.anyOf as JsonSchema[]).some((option) => validate(root, option, value, path).length === 0)) errors.push(`${at}: anyOf`);
  if (Array.isArray(value) && s.items) value.forEach((item, i) => errors.push(...validate(root, s.items as JsonSchema, item, `${path}[${i}]`)));
  if (typeOk('object', value)) {
    const record = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
    for (const key of (s.required ?? []) as string[]) if (!(key in record)) errors.push(`${path ? `${path}.` : ''}${key}: required`);
    for (const [key, child] of Object.entries(record)) {
      const childPath = path ? `${path}.${key}` : key;
      if (properties[key]) errors.push(...validate(root, properties[key], child, childPath));
      else if (s.additionalProperties === false) errors.push(`${childPath}: additionalProperties`);
      else if (typeof s.additionalProperties === 'object') errors.push(...validate(root, s.additionalProperties as JsonSchema, child, childPath));
    }
  }
  return errors;
}
