/**
 * Writes public/budget.schema.json from the zod schema, the one source of the
 * budget format (shared/budget-format.md). A test regenerates it in memory and
 * fails when the committed file drifts. Usage: npm run gen:schema
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { budgetSchema, categorySchema } from '../src/data/budgetSchema';

export const SCHEMA_PATH = 'public/budget.schema.json';

const TITLE = 'Budget Lens budget file, format version 1';
const DESCRIPTION =
  "One department's budget for one fiscal year as its published budget explanation (部门预算编制说明) states it. " +
  "Amounts are in the file's own `unit`, with the document's precision; a figure the document does not state is absent, not 0. " +
  'Not expressible here and checked by the program: an amount may carry at most 2 decimals in 元, 3 in 千元, 4 in 万元 and 8 in 亿元. ' +
  "The document's own claims (shares, changes, growth rates) go under `stated` and are recomputed, not trusted. " +
  'Text is normalised on reading (NFC; control characters other than tab and newline removed; a lone surrogate becomes U+FFFD) and then measured: names at most 500 characters, other text at most 20,000.';

/** Descriptions for the generated file only; the zod schema stays free of prose. */
function metadata() {
  const registry = z.registry<{ id?: string; title?: string; description?: string }>();
  const shape = budgetSchema.shape;
  registry.add(categorySchema, {
    id: 'Category',
    description: '功能分类 line: 类 at the top, 款 as its children, 项 below; amount absent when the document gives none.',
  });
  // `total` is the one amount schema every money field shares, so this describes them all.
  registry.add(shape.total, { description: "An amount in the file's unit, ≥ 0; left out when the document does not state it." });
  registry.add(shape.unit, { description: 'Unit of every amount in the file.' });
  registry.add(shape.stated, {
    description: "The document's own claims about its figures (percent shares, changes, growth rates, reasons), kept to be checked.",
  });
  return registry;
}

/** The JSON Schema text: top-level keys in a fixed order, 2-space indent, trailing newline. */
export function budgetJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(budgetSchema, { io: 'input', target: 'draft-2020-12', metadata: metadata() }) as Record<string, unknown>;
  const { type, properties, required, additionalProperties, $defs, ...others } = rest;
  const ordered = { $schema, title: TITLE, description: DESCRIPTION, type, properties, required, additionalProperties, ...others, $defs };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_PATH, budgetJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
