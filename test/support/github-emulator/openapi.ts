/**
 * GitHub's published OpenAPI description (@octokit/openapi) compiled with ajv, to check the
 * emulator's answers so it cannot drift from the real API. The 13 MB description is loaded once
 * and only the schemas actually used are compiled.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AjvModule, { type ValidateFunction } from 'ajv';

// ajv is CommonJS; under ESM its default export sits one level down.
const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isUri(value: string): boolean {
  // GitHub answers "" for a URL that is not set (a deployment status's target_url, log_url,
  // environment_url), although the description says `format: uri`.
  if (value === '') return true;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function pointer(...segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = isJson(current) ? current[key] : undefined;
  return current;
}

let shared: GitHubOpenApi | undefined;

/** One description per process: loading the 13 MB file and compiling schemas is paid once. */
export function sharedOpenApi(): GitHubOpenApi {
  shared ??= new GitHubOpenApi();
  return shared;
}

export class GitHubOpenApi {
  private readonly doc: Json;
  private readonly ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.doc = JSON.parse(readFileSync(file, 'utf8'));
    this.ajv = new Ajv({ strict: false, allErrors: true });
    this.ajv.addFormat('date-time', DATE_TIME);
    this.ajv.addFormat('uri', isUri);
    for (const format of ['uri-template', 'email', 'date', 'binary', 'repo.nwo', 'timestamp']) this.ajv.addFormat(format, true);
    for (const format of ['int64', 'int32']) this.ajv.addFormat(format, { type: 'number', validate: Number.isInteger });
    this.ajv.addFormat('double', { type: 'number', validate: () => true });
    this.ajv.addSchema(this.doc, 'gh');
  }

  /** Whether the description has this operation (`GET /repos/{owner}/{repo}`). */
  hasOperation(operation: string): boolean {
    const [method, path] = operation.split(' ');
    return child(this.doc, 'paths', path, method.toLowerCase()) !== undefined;
  }

  /** Statuses the operation documents. */
  statuses(operation: string): string[] {
    const [method, path] = operation.split(' ');
    return Object.keys(child(this.doc, 'paths', path, method.toLowerCase(), 'responses') ?? {});
  }

  /**
   * The validator for one answer, null when the description gives no JSON body for it. Statuses an
   * operation does not list (a 404 where only 200 is documented) are checked as GitHub's basic-error.
   */
  validator(operation: string, status: number): ValidateFunction | null {
    const key = `${operation} ${status}`;
    if (!this.cache.has(key)) this.cache.set(key, this.compile(operation, status));
    return this.cache.get(key) ?? null;
  }

  /** The validator of an operation's JSON request body, null when it documents none. */
  requestValidator(operation: string): ValidateFunction | null {
    const key = `${operation} request`;
    if (!this.cache.has(key)) {
      const [method, path] = operation.split(' ');
      const where = ['paths', path, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'];
      this.cache.set(key, child(this.doc, ...where) === undefined ? null : this.ajv.compile({ $ref: `gh#/${pointer(...where)}` }));
    }
    return this.cache.get(key) ?? null;
  }

  /**
   * What is wrong with one exchange by the description: a request body its schema refuses, a
   * success status it does not list, an answer body its schema refuses. Empty when all is well.
   */
  check(operation: string, request: unknown, status: number, body: unknown): string[] {
    const problems: string[] = [];
    const describe = (validate: ValidateFunction) => JSON.stringify(validate.errors?.slice(0, 3));
    if (request !== undefined) {
      const validate = this.requestValidator(operation);
      if (validate && !validate(request)) problems.push(`${operation}: request body ${describe(validate)}`);
    }
    if (status < 400 && !this.statuses(operation).includes(String(status))) {
      problems.push(`${operation} -> ${status}: status not documented`);
      return problems;
    }
    const validate = this.validator(operation, status);
    if (validate && !validate(body)) problems.push(`${operation} -> ${status}: ${describe(validate)}`);
    return problems;
  }

  private compile(operation: string, status: number): ValidateFunction | null {
    const [method, path] = operation.split(' ');
    const responses = child(this.doc, 'paths', path, method.toLowerCase(), 'responses');
    if (!isJson(responses)) throw new Error(`${operation} is not in GitHub's OpenAPI description`);
    let response = responses[String(status)];
    if (response === undefined) {
      if (status < 400) throw new Error(`${operation} does not document status ${status}`);
      return this.ajv.compile({ $ref: `gh#/${pointer('components', 'schemas', 'basic-error')}` });
    }
    let ref = child(response, '$ref');
    let where = ['paths', path, method.toLowerCase(), 'responses', String(status)];
    if (typeof ref === 'string') {
      where = ref.replace(/^#\//, '').split('/');
      response = child(this.doc, ...where);
    }
    if (child(response, 'content', 'application/json', 'schema') === undefined) return null;
    ref = `gh#/${pointer(...where, 'content', 'application/json', 'schema')}`;
    return this.ajv.compile({ $ref: ref });
  }
}
