import type { ReactElement, ReactNode } from 'react';
import { cloneElement } from 'react';

type FormFieldProps = {
  id: string;
  label: ReactNode;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  children: ReactElement<Record<string, unknown>>;
};

/** A label bound to its control, an optional hint and the server's messages for the field. */
export function FormField({ id, label, required = false, hint, errors = [], children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length > 0 ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {cloneElement(children, {
        id,
        'aria-describedby': describedBy,
        'aria-invalid': errors.length > 0 || undefined,
        'aria-required': required || undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
