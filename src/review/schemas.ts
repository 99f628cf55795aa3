import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './password.js';

/** Validation of every review API input; messages say what a valid value looks like. */

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true');

/** A date (YYYY-MM-DD, midnight UTC) or an ISO 8601 date-time with a zone (what the UI sends). */
const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time' })
  .transform((value) => new Date(value));

const language = z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,2}$/, { error: 'must be a language code such as en or zh-Hans' });
const topic = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'must be a topic id such as report' });
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int({ error: `must be a whole number from ${min} to ${max}` })
    .min(min, { error: `must be a whole number from ${min} to ${max}` })
    .max(max, { error: `must be a whole number from ${min} to ${max}` });

export const tag = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,39}$/u, { error: 'must be 1-40 letters, digits, spaces, dots, dashes or underscores' });

const range = { from: instant.optional(), to: instant.optional() };
const fromBeforeTo = (value: { from?: Date; to?: Date }) => !value.from || !value.to || value.from < value.to;
const fromBeforeToProblem = { error: 'from must be before to', path: ['from'] };

const filterShape = {
  ...range,
  language: language.optional(),
  topic: topic.optional(),
  emergency: flag.optional(),
  unanswered: flag.optional(),
  reviewed: flag.optional(),
  tag: tag.optional(),
};

export const conversationsQuery = z
  .strictObject({ ...filterShape, page: wholeNumber(1, 100_000).optional(), pageSize: wholeNumber(1, 100).optional() })
  .refine(fromBeforeTo, fromBeforeToProblem);

export const exportQuery = z
  .strictObject({ ...filterShape, format: z.enum(['csv', 'json'], { error: 'must be csv or json' }).default('csv') })
  .refine(fromBeforeTo, fromBeforeToProblem);

export const unansweredQuery = z
  .strictObject({ ...range, language: language.optional(), limit: wholeNumber(1, 1000).optional() })
  .refine(fromBeforeTo, fromBeforeToProblem);

export const statsQuery = z.strictObject(range).refine(fromBeforeTo, fromBeforeToProblem);

export const auditQuery = z.strictObject({
  page: wholeNumber(1, 100_000).optional(),
  pageSize: wholeNumber(1, 100).optional(),
  actor: z.string().min(1).max(100).optional(),
  action: z.string().regex(/^[a-z][a-z._]{0,49}$/, { error: 'must be an action such as conversation.read' }).optional(),
  target: z.string().min(1).max(200).optional(),
});

export const conversationId = z.string().min(1).max(200);

export const loginBody = z.object({
  username: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(100),
  password: z.string({ error: 'is required' }).min(1, { error: 'is required' }).max(MAX_PASSWORD_LENGTH * 4),
});

export const tagsBody = z
  .strictObject({ add: z.array(tag).max(20).optional(), remove: z.array(tag).max(20).optional() })
  .refine((b) => (b.add?.length ?? 0) + (b.remove?.length ?? 0) > 0, { error: 'give tags to add or remove' });

export const reviewedBody = z.strictObject({ reviewed: z.boolean({ error: 'must be true or false' }).default(true) });

export const noteBody = z.strictObject({
  text: z.string({ error: 'is required' }).trim().min(1, { error: 'is required' }).max(2000, { error: 'must be at most 2000 characters' }),
});

export const staffRole = z.enum(['reviewer', 'admin'], { error: 'must be reviewer or admin' });

/** Usernames are compared NFKC-normalised and lower-cased (see storage/staff.ts). */
export const username = z
  .string({ error: 'is required' })
  .transform((u) => u.normalize('NFKC').trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,39}$/, { error: 'must be 2-40 letters, digits, dots, dashes or underscores' }));

export const newStaffBody = z.strictObject({
  username,
  role: staffRole,
  password: z.string({ error: 'is required' }),
});

export const staffDisabledBody = z.strictObject({ disabled: z.boolean({ error: 'must be true or false' }) });
