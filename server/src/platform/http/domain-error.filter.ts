import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorKind, ErrorParams } from '../errors/domain-error';
import { MAX_JSON_DEPTH } from './json-depth';
import { PlatformErrors } from './platform-errors';

export interface ErrorBody {
  statusCode: number;
  error: string;
  /** Stable, one of the ErrorCode enum of the OpenAPI document; the client translates by it. */
  code: string;
  /** The zh-CN text (a list for request validation): the fallback when the client has no translation. */
  message: string | string[];
  /** What a translation of the code needs, by placeholder name. */
  params?: ErrorParams;
  details?: unknown;
}

/** The code of an error no catalogue named (Nest's own, multer's, a proxy's), by its status. */
const CODE_OF_STATUS: Record<number, string> = {
  400: PlatformErrors['common.badRequest'].code,
  401: PlatformErrors['common.unauthenticated'].code,
  403: PlatformErrors['common.forbidden'].code,
  404: PlatformErrors['common.notFound'].code,
  409: PlatformErrors['common.conflict'].code,
  413: PlatformErrors['files.tooLarge'].code,
  422: PlatformErrors['common.unprocessable'].code,
  429: PlatformErrors['common.throttled'].code,
  503: PlatformErrors['common.unavailable'].code,
};

export function statusFor(kind: DomainErrorKind): HttpStatus {
  switch (kind) {
    case 'invalid':
      return HttpStatus.BAD_REQUEST;
    case 'unauthenticated':
      return HttpStatus.UNAUTHORIZED;
    case 'forbidden':
      return HttpStatus.FORBIDDEN;
    case 'not_found':
      return HttpStatus.NOT_FOUND;
    case 'conflict':
      return HttpStatus.CONFLICT;
    case 'unprocessable':
      return HttpStatus.UNPROCESSABLE_ENTITY;
    case 'too_large':
      return HttpStatus.PAYLOAD_TOO_LARGE;
    case 'throttled':
      return HttpStatus.TOO_MANY_REQUESTS;
    case 'unavailable':
      return HttpStatus.SERVICE_UNAVAILABLE;
    case 'internal':
      return HttpStatus.INTERNAL_SERVER_ERROR;
  }
}

const REASON: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Every error leaves the API in one shape: { statusCode, error, code, message, params?, details? }. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const body = this.toBody(exception, response);
    if (body.statusCode >= 500) {
      this.logger.error({ msg: 'unhandled error', path: request.url, err: exception instanceof Error ? exception.stack : exception });
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown, response: Response): ErrorBody {
    if (isDiskFull(exception)) {
      response.setHeader('Retry-After', '30');
      const diskFull = PlatformErrors['common.diskFull'];
      return { statusCode: 503, error: REASON[503], code: diskFull.code, message: diskFull.message };
    }
    if (exception instanceof DomainError) {
      const statusCode = statusFor(exception.kind);
      if (exception.retryAfterSeconds) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      return {
        statusCode,
        error: REASON[statusCode] ?? 'Error',
        code: exception.code,
        message: exception.message,
        ...(exception.params !== undefined && { params: exception.params }),
        ...(exception.details !== undefined && { details: exception.details }),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const error = REASON[statusCode] ?? exception.name;
      const cause = exception.cause as { type?: string } | undefined;
      if (cause?.type === 'entity.parse.failed')
        return {
          statusCode,
          error,
          code: PlatformErrors['common.invalidJson'].code,
          message: PlatformErrors['common.invalidJson'].message,
        };
      if (cause?.type === 'entity.too.large')
        return {
          statusCode,
          error,
          code: PlatformErrors['common.bodyTooLarge'].code,
          message: PlatformErrors['common.bodyTooLarge'].message,
        };
      if (cause?.type === 'entity.too.deep') {
        const tooDeep = PlatformErrors['common.validation.tooDeep']({ limit: MAX_JSON_DEPTH });
        return { statusCode, error, code: tooDeep.code, message: tooDeep.message, params: tooDeep.params };
      }
      const raw = exception.getResponse();
      const message = typeof raw === 'string' ? raw : ((raw as { message?: string | string[] }).message ?? exception.message);
      const code =
        typeof raw === 'object' && typeof (raw as { code?: unknown }).code === 'string'
          ? (raw as { code: string }).code
          : (CODE_OF_STATUS[statusCode] ?? PlatformErrors['common.internal'].code);
      return { statusCode, error, code, message };
    }
    return {
      statusCode: 500,
      error: REASON[500],
      code: PlatformErrors['common.internal'].code,
      message: PlatformErrors['common.internal'].message,
    };
  }
}

/** PostgreSQL's disk_full (SQLSTATE 53100) or a file write that met ENOSPC, however deep in the causes. */
export function isDiskFull(exception: unknown): boolean {
  for (let error = exception, depth = 0; error && typeof error === 'object' && depth < 5; depth++) {
    const { code, driverError, cause } = error as { code?: unknown; driverError?: unknown; cause?: unknown };
    if (code === '53100' || code === 'ENOSPC') return true;
    error = driverError ?? cause;
  }
  return false;
}
