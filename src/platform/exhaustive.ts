/**
 * The `default` of a switch over a union that must handle every member: a member left out is a
 * compile error here (its type is not `never`), instead of a case that silently does nothing.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
