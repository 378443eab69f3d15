/** Typed arrays that grow by doubling (the index keeps one value per slot in each). */

type TypedArray = Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
type TypedArrayConstructor<T extends TypedArray> = { new (length: number): T };

/** A copy of `array` with room for at least `needed` values; new values are `fill`. */
export function ensureCapacity<T extends TypedArray>(array: T, needed: number, Type: TypedArrayConstructor<T>, fill = 0): T {
  if (needed <= array.length) return array;
  let length = Math.max(16, array.length);
  while (length < needed) length *= 2;
  const grown = new Type(length);
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}
