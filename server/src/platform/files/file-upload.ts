import { applyDecorators, CallHandler, ExecutionContext, NestInterceptor, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { PlatformErrors } from '../http/platform-errors';
import { isZip, zipProblem } from './zip-guard';

/**
 * The one way a route takes an upload: one file in the `file` field of at most `maxBytes` (a larger
 * declared body is refused before it is read), a few short text fields beside it, and an archive
 * refused before any parser sees it unless it really inflates within the limits (zip-guard.ts).
 * Every upload route uses this, so whatever reads the file later — ExcelJS, a CSV or text reader —
 * only ever gets a file that passed.
 */
export function FileUpload(maxBytes: number): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseInterceptors(
      new DeclaredLengthGuard(maxBytes),
      FileInterceptor('file', { limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 1024, parts: 9 } }),
      new ArchiveGuard(),
    ),
    ApiConsumes('multipart/form-data'),
  );
}

/** Room for the multipart framing and the few text fields around the file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** Answers 413 from the Content-Length header alone, before a byte of an oversized body is read. */
class DeclaredLengthGuard implements NestInterceptor {
  constructor(private readonly maxBytes: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const declared = Number(context.switchToHttp().getRequest<Request>().headers['content-length']);
    if (declared > this.maxBytes + MULTIPART_OVERHEAD_BYTES) {
      throw PlatformErrors['files.tooLarge']({ maxMegabytes: Math.round(this.maxBytes / 1024 / 1024) });
    }
    return next.handle();
  }
}

class ArchiveGuard implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const file = context.switchToHttp().getRequest<Request>().file;
    if (file && isZip(file.buffer)) {
      const problem = await zipProblem(file.buffer);
      if (problem) throw PlatformErrors['files.unsafeArchive']({ problem, details: { errors: [{ field: 'file', message: problem }] } });
    }
    return next.handle();
  }
}
