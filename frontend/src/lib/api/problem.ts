import { problemTypeValues, type components } from './generated/schema';

export type Problem = components['schemas']['Problem'];
export type ProblemType = components['schemas']['ProblemType'];
export type FieldError = components['schemas']['FieldError'];

// Named handles on the generated catalogue: a URI that is not in the contract fails to compile.
export const problemTypes = {
  validationError: 'https://emergency-desk.pass24.online/problems/validation-error',
  malformedRequest: 'https://emergency-desk.pass24.online/problems/malformed-request',
  unauthorized: 'https://emergency-desk.pass24.online/problems/unauthorized',
  forbidden: 'https://emergency-desk.pass24.online/problems/forbidden',
  notFound: 'https://emergency-desk.pass24.online/problems/not-found',
  payloadTooLarge: 'https://emergency-desk.pass24.online/problems/payload-too-large',
  invalidTransition: 'https://emergency-desk.pass24.online/problems/invalid-transition',
  preconditionFailed: 'https://emergency-desk.pass24.online/problems/precondition-failed',
  preconditionRequired: 'https://emergency-desk.pass24.online/problems/precondition-required',
} as const satisfies Record<string, ProblemType>;

const knownTypes: ReadonlySet<string> = new Set(problemTypeValues);

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.type === 'string' &&
    knownTypes.has(candidate.type) &&
    typeof candidate.status === 'number'
  );
}

export function isProblemOfType<T extends ProblemType>(
  body: unknown,
  type: T,
): body is Problem & { type: T } {
  return isProblem(body) && body.type === type;
}

/** A failed API call: the HTTP status and, when the server sent one, its problem+json body. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, body: unknown) {
    const problem = isProblem(body) ? body : undefined;
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

// Servers name fields as `contactEmail`, `/contactEmail` or `createTicket.body.contactEmail`:
// the form only needs the last segment.
function fieldNameOf(path: string): string {
  const segments = path.split(/[./]/).filter(Boolean);
  return segments[segments.length - 1] ?? path;
}

/** The messages of a `validation-error` problem grouped by field name; empty for other types. */
export function fieldErrorsOf(problem: Problem | undefined): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  if (!isProblemOfType(problem, problemTypes.validationError)) return byField;
  for (const { field, message } of problem.errors ?? []) {
    const name = fieldNameOf(field);
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  return byField;
}
