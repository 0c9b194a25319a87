import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { PaperInput, PapersService } from '../application/papers.service';
import { CreatePaperDto, PaperDetailDto, PaperDto } from './dto/paper.dto';
import { CandidateQuestionDto } from './dto/taking.dto';

@ApiTags('papers')
@ApiBearerAuth()
@RequireRoles('trainer', 'admin')
@Controller('papers')
export class PapersController {
  constructor(private readonly papers: PapersService) {}

  @Get()
  @ApiOkResponse({ type: [PaperDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<PaperDto[]> {
    return this.papers.list(principal);
  }

  @Post()
  @ApiCreatedResponse({
    type: PaperDetailDto,
    description: 'Fixed papers pin question versions; blueprints are checked for enough questions; warnings if it draws practice material',
  })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreatePaperDto): Promise<PaperDetailDto> {
    return this.papers.create(principal, body as PaperInput);
  }

  @Get(':id')
  @ApiOkResponse({ type: PaperDetailDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<PaperDetailDto> {
    return this.papers.get(principal, id);
  }

  @Get(':id/preview')
  @ApiOkResponse({ type: [CandidateQuestionDto], description: 'The paper as a candidate would see it (a blueprint: one random draw)' })
  preview(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CandidateQuestionDto[]> {
    return this.papers.preview(principal, id);
  }
}
