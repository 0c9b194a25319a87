import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import type { CompetencyTargetDto, CompetencyTargetInputDto } from '../http/dto/competency.dto';

@Injectable()
export class CompetencyTargetsService {
  list(): Promise<CompetencyTargetDto[]> {
    throw new Error('not implemented');
  }

  update(_principal: Principal, _targets: CompetencyTargetInputDto[]): Promise<CompetencyTargetDto[]> {
    throw new Error('not implemented');
  }
}
