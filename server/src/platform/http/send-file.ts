import type { Response } from 'express';

/** A download with a file name that survives Chinese characters in every browser. */
export function sendFile(response: Response, file: Buffer, fileName: string, contentType: string): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  response.send(file);
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
