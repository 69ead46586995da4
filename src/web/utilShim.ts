/** The little of Node's `util` that the stream library asks for in the browser bundle. */
export function inherits(ctor: { prototype: object; super_?: unknown }, superCtor: { prototype: object }): void {
  ctor.super_ = superCtor;
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

export function deprecate<T>(fn: T): T {
  return fn;
}

export const debuglog = () => () => undefined;
export const inspect = { custom: Symbol.for('nodejs.util.inspect.custom') };

export default { inherits, deprecate, debuglog, inspect };
