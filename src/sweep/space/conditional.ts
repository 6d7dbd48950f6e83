/**
 * Conditional parameters: a parameter with `when: { optimizer: sgd }` exists only in configurations
 * where `optimizer` exists and is `sgd`. Samplers decide parameters in dependency order, so a
 * condition is always known before the parameter it switches on.
 */
import type { ParamSpec, Params, SearchSpace } from '../types.js';

/**
 * The parameters in an order where every `when` target comes before its dependants (stable: the
 * space's own order otherwise). `cycle` names a loop when there is one (then `order` is partial).
 */
export function dependencyOrder(space: SearchSpace): { order: string[]; cycle?: string[] } {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  let cycle: string[] | undefined;
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done' || cycle) return;
    if (state.get(name) === 'visiting') {
      cycle = trail.slice(trail.indexOf(name));
      return;
    }
    state.set(name, 'visiting');
    for (const other of Object.keys(space[name].when ?? {})) {
      if (space[other] && other !== name) visit(other, [...trail, name]);
    }
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of Object.keys(space)) visit(name, []);
  return cycle ? { order, cycle } : { order };
}

/** Whether `spec` is switched on by the values in `params` (a parameter without `when` always is). */
export function isActive(spec: ParamSpec, params: Params): boolean {
  for (const [other, value] of Object.entries(spec.when ?? {})) {
    if (!(other in params) || params[other] !== value) return false;
  }
  return true;
}

/**
 * The parameters that exist given the values decided so far in `partial`, in dependency order. A
 * parameter whose condition refers to an undecided or inactive parameter is not active (yet).
 */
export function activeParams(space: SearchSpace, partial: Params): string[] {
  const active: string[] = [];
  const known: Params = {};
  for (const name of dependencyOrder(space).order) {
    const spec = space[name];
    if (!isActive(spec, known)) continue;
    active.push(name);
    if (name in partial) known[name] = partial[name];
  }
  return active;
}

/**
 * Builds one configuration by deciding each active parameter in dependency order with `decide`
 * (a sampler's choice of value for that dimension). Inactive parameters are left out.
 */
export function buildParams(space: SearchSpace, decide: (name: string, spec: ParamSpec, sofar: Params) => Params[string]): Params {
  const params: Params = {};
  for (const name of dependencyOrder(space).order) {
    const spec = space[name];
    if (isActive(spec, params)) params[name] = decide(name, spec, params);
  }
  return params;
}

