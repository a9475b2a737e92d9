import { z } from 'zod';
import { ValidationError } from '../graph/errors';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph/ontology';

/** Parses `input` with `schema` or throws a ValidationError naming the bad fields. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.infer<T> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const details = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    const first = details[0];
    throw new ValidationError(
      `Invalid ${what}${first ? `: ${first.path || 'value'}: ${first.message}` : ''}`,
      details,
    );
  }
  return r.data;
}

/** A comma-separated query parameter of allowed values ("Company,University"). */
export function csvOf<const T extends readonly [string, ...string[]]>(allowed: T) {
  return z
    .string()
    .max(2_000)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x.length > 0),
    )
    .pipe(z.array(z.enum(allowed)).max(allowed.length))
    .optional();
}

export const entityTypesParam = csvOf(ENTITY_TYPES);
export const relationTypesParam = csvOf(RELATION_TYPES);

/** An id as the store makes them (e_…, r_…, d_…); anything else cannot exist. */
export const idParam = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_:.-]+$/, 'not a valid id');

/** A comma-separated list of ids. */
export const idListParam = z
  .string()
  .max(4_000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(idParam).max(100))
  .optional();

/** An integer query parameter within bounds. */
export function intParam(min: number, max: number, fallback: number) {
  return z.coerce.number().int().min(min).max(max).default(fallback);
}

export const confidenceParam = z.coerce.number().min(0).max(1).default(0);
