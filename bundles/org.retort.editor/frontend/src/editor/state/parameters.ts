/**
 * From a node type's parameter JSON Schema (as GET /nodes gives it) to what the form shows, and back
 * to the parameters the document keeps: only values that differ from the default, or that the
 * document already had (absent parameters take their default, docs/workflow-format.md).
 */
import type { JsonSchemaProperty, ParameterSchema } from '../../api/types';
import type { ParameterValue } from './document';

/** The schema for the form: the same, without `$schema`/`$id` (ajv's default draft would try to fetch a 2020-12 meta-schema). */
export function formSchema(schema: ParameterSchema): ParameterSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  void _s;
  void _i;
  return { ...rest, properties: { ...(rest.properties ?? {}) } } as ParameterSchema;
}

export const isAdvanced = (p: JsonSchemaProperty | undefined) => p?.['x-retort-advanced'] === true;
export const columnOf = (p: JsonSchemaProperty | undefined) => p?.['x-retort-column-of'];

/** The names of the parameters shown up front and behind "Advanced", in schema order. */
export function splitAdvanced(schema: ParameterSchema): { basic: string[]; advanced: string[] } {
  const basic: string[] = [];
  const advanced: string[] = [];
  for (const [name, p] of Object.entries(schema.properties ?? {})) (isAdvanced(p) ? advanced : basic).push(name);
  return { basic, advanced };
}

/** rjsf's uiSchema: column pickers where upstream columns are known, password fields for secrets. */
export function uiSchemaFor(schema: ParameterSchema, columnsByPort: Record<string, string[] | undefined>): Record<string, unknown> {
  const ui: Record<string, unknown> = { 'ui:submitButtonOptions': { norender: true } };
  for (const [name, p] of Object.entries(schema.properties ?? {})) {
    const port = columnOf(p);
    const columns = port ? columnsByPort[port] : undefined;
    if (port && columns && columns.length) ui[name] = { 'ui:widget': 'column', 'ui:options': { columns, port } };
    else if (port) ui[name] = { 'ui:help': `A column of input '${port}' (run the workflow once to choose from its columns).` };
    else if (p['x-retort-secret']) ui[name] = { 'ui:widget': 'password' };
  }
  return ui;
}

/** The parameters to store from the form's data. */
export function parametersFromForm(
  schema: ParameterSchema,
  formData: Record<string, unknown>,
  previous: Record<string, ParameterValue>,
): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const [name, value] of Object.entries(formData ?? {})) {
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    const p = schema.properties?.[name];
    if (!p) {
      if (name in previous) out[name] = value; // unknown to this schema: keep what the document had
      continue;
    }
    if (!(name in previous) && p.default !== undefined && p.default === value) continue;
    if (!(name in previous) && p.default === undefined && value === '') continue;
    out[name] = value;
  }
  return out;
}
