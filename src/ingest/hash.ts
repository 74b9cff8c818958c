import { createHash } from 'node:crypto';

/** SHA-256 of the body with whitespace runs folded, so re-wrapped copies of one text hash alike. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex');
}
