// Row ids made in TypeScript, where a set-based insert needs them before the
// rows exist: UUID version 7 (RFC 9562), as Prisma makes the schema's
// @default(uuid(7)) ids. 48 bits of Unix milliseconds, then random bits.
import { randomBytes } from 'node:crypto';

export function uuid7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
