import { Ajv } from 'ajv';
import configSchema from '../../schema/mlops.schema.json' with { type: 'json' };
import dataSchemaSchema from '../../schema/data-schema.schema.json' with { type: 'json' };

// The runtime compiles these schemas with validateSchema off (src/config/schema-check.ts), so this
// test is what keeps them valid JSON Schema (draft-07) for editors and for ajv.
describe('schema files', () => {
  const ajv = new Ajv({ strict: false, validateSchema: true });

  it.each([
    ['schema/mlops.schema.json', configSchema],
    ['schema/data-schema.schema.json', dataSchemaSchema],
  ])('%s is valid against the draft-07 meta-schema', (_name, schema) => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(ajv.errors ?? null).toBeNull();
  });

  it('the meta-schema check catches a broken schema', () => {
    expect(ajv.validateSchema({ type: 'strnig', properties: 3 })).toBe(false);
  });
});
