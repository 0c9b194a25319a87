import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import type { OverrideLike } from '../domain/attempt-window';
import { MakeupService } from '../application/makeup.service';
import { SittingEnd } from '../application/sitting-end.service';
import { SittingsService } from '../application/sittings.service';
import { CreateMakeupDto, CreateSittingDto, OverrideDto, SetOverridesDto, SittingDto, SittingEndedDto } from './dto/sitting.dto';

const toOverride = (o: OverrideDto): OverrideLike => ({
  userId: o.userId ?? null,
  unitId: o.unitId ?? null,
  opensAt: o.opensAt ?? null,
  closesAt: o.closesAt ?? null,
  extraMinutes: o.extraMinutes ?? 0,
});

@ApiTags('sittings')
@ApiBearerAuth()
@RequireRoles('trainer', 'admin', 'manager')
@Controller('sittings')
export class SittingsController {
  constructor(
    private readonly sittings: SittingsService,
    private readonly makeups: MakeupService,
    private readonly ending: SittingEnd,
  ) {}

  @Get()
  @ApiOkResponse({ type: [SittingDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<SittingDto[]> {
    return this.sittings.list(principal);
  }

  @Post()
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: SittingDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateSittingDto): Promise<SittingDto> {
    return this.sittings.create(principal, { ...body, overrides: body.overrides?.map(toOverride) });
  }

  @Get(':id')
  @ApiOkResponse({ type: SittingDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SittingDto> {
    return this.sittings.get(principal, id);
  }

  @Put(':id/overrides')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: SittingDto, description: 'Replaces the per-person and per-unit overrides' })
  setOverrides(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SetOverridesDto,
  ): Promise<SittingDto> {
    return this.sittings.setOverrides(principal, id, body.overrides.map(toOverride));
  }

  @Post(':id/makeup')
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: SittingDto, description: 'A make-up sitting (补考) of the same paper for everyone who failed or missed' })
  makeup(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateMakeupDto,
  ): Promise<SittingDto> {
    return this.makeups.create(principal, id, body);
  }

  @Post(':id/end')
  @HttpCode(200)
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({
    type: SittingEndedDto,
    description: '结束考试: closes the sitting, its overrides and make-ups now for everyone; open attempts are submitted and scored',
  })
  end(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<SittingEndedDto> {
    return this.ending.end(principal, id);
  }
}
