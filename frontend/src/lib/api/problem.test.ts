import { describe, expect, it } from 'vitest';
import { ApiError, fieldErrorsOf, isProblem } from './problem';

describe('problem+json', () => {
  it('recognises only problem types of the catalogue', () => {
    expect(isProblem({ type: 'https://emergency-desk.pass24.online/problems/not-found', title: 'x', status: 404 })).toBe(true);
    expect(isProblem({ type: 'about:blank', title: 'x', status: 404 })).toBe(false);
    expect(isProblem('Not Found')).toBe(false);
  });

  it('groups validation messages by the last segment of the field path', () => {
    const errors = fieldErrorsOf({
      type: 'https://emergency-desk.pass24.online/problems/validation-error',
      title: 'Validation failed',
      status: 400,
      errors: [
        { field: 'title', message: 'must not be blank' },
        { field: 'createTicket.body.title', message: 'size must be between 1 and 200' },
        { field: '/contactEmail', message: 'must be an email' },
      ],
    });
    expect(Object.fromEntries(errors)).toEqual({
      title: ['must not be blank', 'size must be between 1 and 200'],
      contactEmail: ['must be an email'],
    });
  });

  it('takes no field errors from problems of other types', () => {
    const errors = fieldErrorsOf({
      type: 'https://emergency-desk.pass24.online/problems/malformed-request',
      title: 'Malformed',
      status: 400,
      errors: [{ field: 'title', message: 'ignored' }],
    });
    expect(errors.size).toBe(0);
  });

  it('keeps the problem and its detail in an ApiError', () => {
    const error = new ApiError(409, {
      type: 'https://emergency-desk.pass24.online/problems/invalid-transition',
      title: 'Invalid transition',
      status: 409,
      detail: 'NEW → CLOSED is not allowed',
    });
    expect(error.problem?.type).toBe('https://emergency-desk.pass24.online/problems/invalid-transition');
    expect(error.message).toBe('NEW → CLOSED is not allowed');
    expect(new ApiError(502, '<html>Bad gateway</html>').problem).toBeUndefined();
  });
});
