/**
 * Turning schema failures into problems a person can act on: each names the field and the
 * reason, and (for neutrality rules) the rule and the protocol clause.
 */
import { z } from 'zod';

export interface FieldProblem {
  /** Path of the field, e.g. `email` or `skills.2`. Empty for whole-record problems. */
  field: string;
  /** Plain-English message that names the field and says what is wrong. */
  message: string;
  /** A stable rule id, e.g. `invalid`, `required`, `unknown-field`, `no-party-political-fields`. */
  rule: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Thrown by writes that refuse bad input; nothing has been written when it is thrown. */
export class ValidationError extends Error {
  public readonly problems: FieldProblem[];
  public constructor(what: string, problems: FieldProblem[]) {
    super(`${what} was not saved: ${problems.map((p) => p.message).join(' ')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** Rule ids carried in custom zod issues through `params.rule`. */
export function problemsFromZod(error: z.ZodError, recordLabel: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      for (const key of issue.keys) {
        problems.push({
          field: key,
          rule: 'unknown-field',
          message: `"${key}" is not a field of ${recordLabel}.`
        });
      }
      continue;
    }
    const rule =
      issue.code === z.ZodIssueCode.custom && issue.params && typeof issue.params.rule === 'string'
        ? issue.params.rule
        : isMissing(issue)
          ? 'required'
          : 'invalid';
    problems.push({ field, rule, message: messageFor(issue, field) });
  }
  return problems;
}

function isMissing(issue: z.ZodIssue): boolean {
  return issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined';
}

function messageFor(issue: z.ZodIssue, field: string): string {
  // Our schemas write their own messages; zod's defaults ("Required", "Expected string…") name nothing.
  if (issue.code === z.ZodIssueCode.invalid_type && issue.received === 'undefined' && issue.message === 'Required') {
    return `${field} is required.`;
  }
  if (issue.code === z.ZodIssueCode.invalid_enum_value && /^Invalid enum value/.test(issue.message)) {
    return `${field} must be one of: ${issue.options.join(', ')}.`;
  }
  if (issue.code === z.ZodIssueCode.invalid_type && /^Expected /.test(issue.message)) {
    return `${field} must be ${issue.expected}, not ${issue.received}.`;
  }
  return issue.message;
}

export function validate<S extends z.ZodTypeAny>(schema: S, input: unknown, recordLabel: string): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: problemsFromZod(result.error, recordLabel) };
}

/** Like `validate` but throws a `ValidationError`; for write paths. */
export function parseOrThrow<S extends z.ZodTypeAny>(schema: S, input: unknown, recordLabel: string): z.output<S> {
  const result = validate(schema, input, recordLabel);
  if (!result.ok) throw new ValidationError(capitalise(recordLabel), result.problems);
  return result.value;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
