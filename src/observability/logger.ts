// JSON logs through pino. The level comes from LOG_LEVEL; under vitest the
// default is silent so test output stays readable.
import pino from 'pino';

export type Logger = pino.Logger;

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function defaultLogLevel(env = process.env): string {
  const level = env.LOG_LEVEL?.trim().toLowerCase();
  if (level) {
    if (!(logLevels as readonly string[]).includes(level))
      throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')} (got "${env.LOG_LEVEL}")`);
    return level;
  }
  return env.VITEST ? 'silent' : 'info';
}

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? defaultLogLevel(),
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
