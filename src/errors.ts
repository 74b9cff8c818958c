// Errors clients are meant to see. Each carries a machine-readable
// `extensions.code`; anything else thrown is masked by yoga and logged.
import { GraphQLError } from 'graphql';

export type FieldIssue = { path: string; message: string };

export class AppError extends GraphQLError {
  constructor(message: string, code: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

/** Bad input: names the field (`issues[].path`, dotted, e.g. `statements.3.speaker`). */
export class ValidationError extends AppError {
  constructor(readonly issues: FieldIssue[]) {
    super(ValidationError.summary(issues), 'BAD_USER_INPUT', { issues });
  }

  static field(path: string, message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }

  private static summary(issues: FieldIssue[]): string {
    const shown = issues.slice(0, 5).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    return `Invalid input: ${shown.join('; ')}${more}`;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(`${what} ${id} does not exist`, 'NOT_FOUND', { id });
  }
}

/** The write would break a uniqueness rule or remove something others depend on. */
export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, 'CONFLICT', details);
  }
}

/** A standard-schema (zod) failure as a ValidationError; `prefix` roots the paths at the argument. */
export function fromIssues(
  issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined }>,
  prefix = '',
): ValidationError {
  return new ValidationError(
    issues.map((issue) => {
      const parts = (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part));
      return { path: [prefix, ...parts].filter(Boolean).join('.'), message: issue.message };
    }),
  );
}

type PrismaKnownError = { code: string; meta?: Record<string, unknown>; message: string };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && typeof (error as { code?: unknown }).code === 'string';
}

/**
 * Maps the Prisma errors a client can cause to typed errors: P2002 (unique),
 * P2003 (a row still referenced, or a reference to nothing), P2025 (missing row).
 * Everything else is rethrown untouched, to be masked.
 */
export function mapPrismaError(error: unknown, what = 'record'): never {
  if (isPrismaKnownError(error)) {
    const target = JSON.stringify(error.meta?.target ?? error.meta?.field_name ?? error.meta?.constraint ?? '');
    switch (error.code) {
      case 'P2002':
        throw new ConflictError(`A ${what} with the same ${target.replace(/"/g, '')} already exists`);
      case 'P2003':
        throw new ConflictError(
          `This ${what} is still referenced by other records (${target.replace(/"/g, '')}); remove or reassign them first`,
        );
      case 'P2025':
        throw new AppError(`The ${what} to change does not exist`, 'NOT_FOUND');
    }
  }
  throw error;
}
