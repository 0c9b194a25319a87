import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import type { PersonKpisDto, UnitKpisDto } from '../http/dto/kpi.dto';

@Injectable()
export class KpiReportService {
  person(_principal: Principal, _userId: string, _months: number, _month: string | undefined): Promise<PersonKpisDto> {
    throw new Error('not implemented');
  }

  unit(_principal: Principal, _unitId: string, _month: string | undefined, _page: number, _pageSize: number): Promise<UnitKpisDto> {
    throw new Error('not implemented');
  }

  exportUnit(_principal: Principal, _unitId: string, _month: string | undefined): Promise<{ buffer: Buffer; fileName: string }> {
    throw new Error('not implemented');
  }
}
