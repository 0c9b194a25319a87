import { Injectable } from '@nestjs/common';
import type { Principal } from '../../identity/domain/principal';
import type { KpiDefinitionDto, KpiTargetInputDto } from '../http/dto/kpi.dto';

@Injectable()
export class KpiTargetsService {
  definitions(): Promise<KpiDefinitionDto[]> {
    throw new Error('not implemented');
  }

  update(_principal: Principal, _targets: KpiTargetInputDto[]): Promise<KpiDefinitionDto[]> {
    throw new Error('not implemented');
  }
}
