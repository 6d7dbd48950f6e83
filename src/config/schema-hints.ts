/**
 * The "How to fix" of a schema violation, in terms of the user's own file: the keys allowed where an
 * unknown key sits (with a "did you mean"), or what the offending key means. The schema files are in
 * this repository, not in the user's project, so a hint never sends the user there.
 */
import type { ErrorObject } from 'ajv';
import { didYouMean } from '../shared/did-you-mean.js';
import dataSchema from '../../schema/data-schema.schema.json' with { type: 'json' };
import mlopsSchema from '../../schema/mlops.schema.json' with { type: 'json' };

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
}

/**
 * The schema node an error's `schemaPath` (`#/properties/data/additionalProperties`) sits in, in the
 * schema it came from: a data schema written inside mlops.yml is checked by the data schema's own
 * validator, whose paths start at that schema's root.
 */
function nodeOf(error: ErrorObject, what: string): SchemaNode | undefined {
  const segments = error.schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  const walk = (root: unknown) =>
    segments.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), root) as SchemaNode | undefined;
  const [first, second] = what === 'mlops.yml' ? [mlopsSchema, dataSchema] : [dataSchema, mlopsSchema];
  const node = walk(first);
  return node !== undefined && typeof node === 'object' ? node : walk(second);
}

/** How to fix the violation `error` of `key` (dotted) in a file of kind `what` (mlops.yml or data schema). */
export function schemaHint(error: ErrorObject, what: string, key: string): string {
  const node = nodeOf(error, what);
  if (error.keyword === 'additionalProperties') {
    const unknown = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    const allowed = Object.keys(node?.properties ?? {}).filter((k) => k !== '$schema');
    const where = key.split('.').slice(0, -1).join('.') || 'the top level';
    if (allowed.length === 0) return `Remove or rename the key \`${unknown}\`.`;
    return `Remove or rename the key \`${unknown}\`; the keys allowed under ${where} are ${allowed.join(', ')}.${didYouMean(unknown, allowed)}`;
  }
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
    const about = node?.properties?.[missing]?.description;
    return `Add the key \`${missing}\` under ${key === '(top level)' ? 'the top level' : key}${about ? `: ${sentence(about)}` : '.'}`;
  }
  const description = node?.description ?? node?.properties?.[key.split('.').pop() ?? '']?.description;
  return `Correct ${key}${description ? `: ${sentence(description)}` : '.'}`;
}

/** A schema description continuing a hint: `The lowest severity ...` -> `the lowest severity ....`. */
function sentence(description: string): string {
  const lowered = /^[A-Z][a-z]/.test(description) ? description[0].toLowerCase() + description.slice(1) : description;
  return lowered.replace(/\.?$/, '.');
}
