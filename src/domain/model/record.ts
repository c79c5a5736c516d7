import { z } from 'zod';

/**
 * A record as its list stores it. SharePoint requires only a list's identity columns (its Title,
 * and for a link list the two ends of the link), so every other field may be blank; and a value
 * that fails validation is withheld when read rather than hiding the whole record. So: the
 * identity fields keep their rules, every other field becomes optional (fields with a default
 * keep it, so a withheld value falls back to the default).
 */
export type StoredShape<T extends z.ZodRawShape, K extends keyof T> = {
  [P in keyof T]: P extends K ? T[P] : T[P] extends z.ZodDefault<z.ZodTypeAny> ? T[P] : z.ZodOptional<T[P]>;
};

export function storedRecord<T extends z.ZodRawShape, K extends keyof T & string>(
  shape: T,
  identity: readonly K[]
): z.ZodObject<StoredShape<T, K>, 'strict'> {
  const out: Record<string, z.ZodTypeAny> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const keep = (identity as readonly string[]).includes(key) || schema instanceof z.ZodDefault || schema.isOptional();
    out[key] = keep ? schema : schema.optional();
  }
  return z.object(out as StoredShape<T, K>).strict();
}
