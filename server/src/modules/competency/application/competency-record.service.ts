import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import type { PersonCompetencyDto, UnitCompetencyDto } from '../http/dto/competency.dto';

@Injectable()
export class CompetencyRecordService {
  person(_principal: Principal, _userId: string, _months: number, _month: string | undefined): Promise<PersonCompetencyDto> {
    throw new Error('not implemented');
  }

  unit(_principal: Principal, _unitId: string, _month: string | undefined, _page: number, _pageSize: number): Promise<UnitCompetencyDto> {
    throw new Error('not implemented');
  }

  exportUnit(_principal: Principal, _unitId: string, _month: string | undefined): Promise<{ buffer: Buffer; fileName: string }> {
    throw new Error('not implemented');
  }
}
