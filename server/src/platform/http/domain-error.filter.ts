import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DomainErrorKind } from './domain-error';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  details?: unknown;
}

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

/** Every error leaves the API in one shape: { statusCode, error, message, details? }. */
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
    if (exception instanceof DomainError) {
      const statusCode = statusFor(exception.kind);
      if (exception.retryAfterSeconds) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
      return { statusCode, error: REASON[statusCode] ?? 'Error', message: exception.message, ...(exception.details !== undefined && { details: exception.details }) };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const cause = exception.cause as { type?: string } | undefined;
      if (cause?.type === 'entity.parse.failed') return { statusCode, error: REASON[statusCode], message: '请求体不是有效的 JSON' };
      if (cause?.type === 'entity.too.large') return { statusCode, error: REASON[statusCode], message: '请求体过大' };
      const raw = exception.getResponse();
      const message = typeof raw === 'string' ? raw : ((raw as { message?: string | string[] }).message ?? exception.message);
      return { statusCode, error: REASON[statusCode] ?? exception.name, message };
    }
    return { statusCode: 500, error: REASON[500], message: '服务器内部错误，请稍后重试' };
  }
}
