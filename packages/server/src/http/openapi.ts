import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from './env';
import { AppError, type FieldProblem } from './errors';

function toFieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** A router whose validation failures become the contract's 400 `validation_failed`. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw new AppError('validation_failed', { fields: toFieldProblems(result.error) });
    },
  });
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true } as const;
}

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description } as const;
}

export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

/** The error answers most routes share, for the OpenAPI document. */
export const commonErrors = {
  400: jsonContent(ErrorSchema, 'The request was not valid.'),
  401: jsonContent(ErrorSchema, 'Not signed in.'),
  404: jsonContent(ErrorSchema, 'Not found, or not visible to you.'),
} as const;

export const noContent = { description: 'Done.' } as const;

export const UuidParam = z.uuid();

const NoQuery = z.strictObject({});

/**
 * `createRoute` with one house rule: a route that declares no query
 * parameters refuses any (SECURITY.md I1, unknown fields are rejected).
 */
export function defineRoute<R extends RouteConfig>(config: R) {
  type Request = NonNullable<R['request']>;
  type WithQuery = Omit<R, 'request'> & { request: Omit<{ query: typeof NoQuery }, keyof Request> & Request };
  return createRoute({ ...config, request: { query: NoQuery, ...config.request } } as WithQuery);
}
