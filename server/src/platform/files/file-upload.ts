import { applyDecorators, CallHandler, ExecutionContext, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { DomainError } from '../http/domain-error';
import { isZip, zipProblem } from './zip-guard';

/**
 * The one way a route takes an upload: one file in the `file` field of at most `maxBytes`, a few
 * short text fields beside it, and an archive refused before any parser sees it unless it really
 * inflates within the limits (zip-guard.ts). Every upload route uses this, so whatever reads the
 * file later — ExcelJS, a CSV or text reader — only ever gets a file that passed.
 */
export function FileUpload(maxBytes: number): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 9 } }), new ArchiveGuard()),
    ApiConsumes('multipart/form-data'),
  );
}

class ArchiveGuard implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const file = context.switchToHttp().getRequest<Request>().file;
    if (file && isZip(file.buffer)) {
      const problem = await zipProblem(file.buffer);
      if (problem) throw new DomainError('unprocessable', problem, { errors: [{ field: 'file', message: problem }] });
    }
    return next.handle();
  }
}
