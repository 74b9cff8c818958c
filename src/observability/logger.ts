// JSON logs through pino. The level comes from LOG_LEVEL; under vitest the
// default is silent so test output stays readable.
import pino from 'pino';
import { readSettings } from '../settings.ts';

export type Logger = pino.Logger;

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? readSettings().LOG_LEVEL,
      base: { service: 'newsgraph' },
      // Belt and braces: nothing logs headers or variables, but if a future line does, secrets stay out.
      redact: {
        paths: ['headers.authorization', 'headers.cookie', 'variables', '*.password', '*.token', '*.apiKey'],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}
