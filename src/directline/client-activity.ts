import { z } from 'zod';

/** Longer texts are refused; the bot itself reads at most 2,000 characters and says so when it cuts. */
export const MAX_TEXT_CHARS = 10_000;
/** `value` and `channelData`, each as JSON. */
export const MAX_JSON_CHARS = 4096;

const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A BCP 47-looking locale, else undefined. */
export function readLocale(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 35 && LOCALE.test(value) ? value : undefined;
}

const clientActivitySchema = z.object({
  type: z.enum(['message', 'event', 'typing'], { error: 'type must be message, event or typing' }),
  text: z.string({ error: 'text must be a string' }).optional(),
  name: z.string({ error: 'name must be a string' }).max(128, { error: 'name is too long' }).optional(),
  value: z.unknown().optional(),
  // A locale we cannot read is ignored rather than refused: the conversation's own applies.
  locale: z.string().max(35).regex(LOCALE).optional().catch(undefined),
  channelData: z
    .looseObject({ clientActivityID: z.string({ error: 'channelData.clientActivityID must be a string' }).max(128).optional() }, { error: 'channelData must be an object' })
    .optional(),
});

/** The fields of a client's activity the bot may see; everything else (from, conversation, ids, attachments …) is the server's. */
export type ClientActivity = z.infer<typeof clientActivitySchema>;

export type ClientActivityResult = { ok: true; activity: ClientActivity } | { ok: false; status: 400 | 413; message: string };

function jsonLength(value: unknown): number {
  return value === undefined ? 0 : (JSON.stringify(value)?.length ?? 0);
}

/**
 * What a Direct Line client posted, reduced to safe fields. Attachments are dropped: the bot reads
 * text, and nothing a user uploads is kept.
 */
export function readClientActivity(body: unknown): ClientActivityResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, status: 400, message: 'The body must be an activity: a JSON object with a "type".' };
  }
  const parsed = clientActivitySchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues.map((i) => i.message).join('; ') };
  const { text, value, channelData, ...rest } = parsed.data;
  if (text !== undefined && text.length > MAX_TEXT_CHARS) {
    return { ok: false, status: 413, message: `The message is too long (at most ${MAX_TEXT_CHARS} characters).` };
  }
  if (jsonLength(value) > MAX_JSON_CHARS || jsonLength(channelData) > MAX_JSON_CHARS) {
    return { ok: false, status: 413, message: `value and channelData may each hold at most ${MAX_JSON_CHARS} characters of JSON.` };
  }
  const activity: ClientActivity = { ...rest };
  if (text !== undefined) activity.text = text;
  if (value !== undefined) activity.value = value;
  if (channelData !== undefined) activity.channelData = channelData;
  if (activity.locale === undefined) delete activity.locale;
  return { ok: true, activity };
}
