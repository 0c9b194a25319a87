import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import type { KpiImportReportDto } from '../http/dto/kpi.dto';

export type KpiImportKind = 'ratios' | 'forecasts';

@Injectable()
export class KpiImportService {
  template(_kind: KpiImportKind): Promise<{ buffer: Buffer; fileName: string }> {
    throw new Error('not implemented');
  }

  import(_principal: Principal, _kind: KpiImportKind, _file: Buffer, _fileName: string, _dryRun: boolean): Promise<KpiImportReportDto> {
    throw new Error('not implemented');
  }
}
