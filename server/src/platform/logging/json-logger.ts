import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

export function createRootLogger(): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  return pino({ level, base: { service: 'kaoping' }, redact: ['req.headers.authorization', 'req.headers.cookie', 'password'] });
}

/** Nest's own log lines as JSON, through the same pino logger as the request logs. */
export class JsonLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}
  log(message: unknown, context?: string) {
    this.logger.info(this.fields(message, context));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ ...this.fields(message, context), trace });
  }
  warn(message: unknown, context?: string) {
    this.logger.warn(this.fields(message, context));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug(this.fields(message, context));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace(this.fields(message, context));
  }
  private fields(message: unknown, context?: string): Record<string, unknown> {
    return typeof message === 'object' && message !== null ? { context, ...message } : { context, msg: String(message) };
  }
}
