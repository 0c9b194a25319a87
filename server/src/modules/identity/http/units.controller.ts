import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UnitsService, UnitView } from '../application/units.service';
import type { Principal } from '../domain/principal';
import { CurrentPrincipal, RequireRoles } from './access.decorators';
import { CreateUnitDto, UnitDto, UpdateUnitDto } from './dto/unit.dto';

const toDto = (unit: UnitView): UnitDto => ({
  id: unit.id,
  name: unit.name,
  parentId: unit.parentId,
  path: unit.namePath,
  userCount: unit.userCount,
});

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiOkResponse({ type: [UnitDto], description: "The caller's unit subtree (everything for an admin), flat, ordered from the root" })
  async list(@CurrentPrincipal() principal: Principal): Promise<UnitDto[]> {
    return (await this.units.list(principal)).map(toDto);
  }

  @Post()
  @RequireRoles('admin')
  @ApiCreatedResponse({ type: UnitDto })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUnitDto): Promise<UnitDto> {
    return toDto(await this.units.create(principal, body));
  }

  @Patch(':id')
  @RequireRoles('admin')
  @ApiOkResponse({ type: UnitDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateUnitDto,
  ): Promise<UnitDto> {
    return toDto(await this.units.update(principal, id, body));
  }

  @Delete(':id')
  @RequireRoles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'The unit still has sub-units or users' })
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.units.remove(principal, id);
  }
}
