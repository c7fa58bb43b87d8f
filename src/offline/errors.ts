import type { FieldError } from '../domain/field-errors';

/** An edit refused before it was stored, with one error per field. */
export class EditValidationError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super('The edit is not valid');
    this.name = 'EditValidationError';
  }
}

/** The browser refused to store the edit (disk full); it is NOT saved and the user must be told. */
export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('Local storage is full', { cause });
    this.name = 'StorageFullError';
  }
}
