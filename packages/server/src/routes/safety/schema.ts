import { z } from '@hono/zod-openapi';
import { PHONE_PATTERN, SCREEN_ANSWERS, SCREEN_QUESTIONS, type ScreenQuestion } from '@repairable/core';

/** The wire shapes of the safety routes (SECURITY.md P5), and of an operator's HELPLINES_FILE. */

const text = (max: number) => z.string().trim().min(1).max(max);

export const PhoneLineSchema = z
  .strictObject({
    name: text(120),
    phone: z.string().regex(PHONE_PATTERN, 'Digits only (2 to 15), with an optional leading +, ready for a tel: link'),
    display: text(40),
    hours: text(120).optional(),
    description: text(400),
  })
  .openapi('PhoneLine');

export const SafetyResourcesSchema = z
  .strictObject({
    code: z.string().regex(/^([A-Z]{2}|INTL)$/, 'A two-letter country code in capitals, or INTL'),
    name: text(80),
    emergency: PhoneLineSchema,
    helplines: z.array(PhoneLineSchema).max(10),
  })
  .openapi('SafetyResources');

/** HELPLINES_FILE: entries over the built-in list, or instead of it with `"replace": true`. */
export const HelplinesFileSchema = z.strictObject({
  replace: z.boolean().optional(),
  countries: z.array(SafetyResourcesSchema).min(1).max(300),
});

export const ResourcesResponse = z.object({ resources: z.array(SafetyResourcesSchema) }).openapi('SafetyResourcesList');

const Answer = z.enum(SCREEN_ANSWERS);

export const ScreenBody = z
  .strictObject(Object.fromEntries(SCREEN_QUESTIONS.map((q) => [q, Answer])) as Record<ScreenQuestion, typeof Answer>)
  .openapi('SafetyScreenAnswers');

export const ScreenResponse = z
  .object({ screen: z.object({ safetyFirst: z.boolean(), since: z.string().nullable() }) })
  .openapi('SafetyScreen');
