import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { SourceDocumentsService } from '../application/source-documents.service';
import { SourceDocumentDto, SupersedeResultDto, SupersedeSourceDto } from './dto/question.dto';

@ApiTags('source-documents')
@ApiBearerAuth()
@RequireRoles('trainer', 'manager', 'admin')
@Controller('source-documents')
export class SourceDocumentsController {
  constructor(private readonly sources: SourceDocumentsService) {}

  @Get()
  @ApiOkResponse({ type: [SourceDocumentDto], description: 'Laws and policies cited by questions of the banks the caller may edit, with how many cite each' })
  list(@CurrentPrincipal() principal: Principal): Promise<SourceDocumentDto[]> {
    return this.sources.list(principal);
  }

  @Post('supersede')
  @HttpCode(200)
  @ApiOkResponse({ type: SupersedeResultDto })
  supersede(@CurrentPrincipal() principal: Principal, @Body() body: SupersedeSourceDto): Promise<SupersedeResultDto> {
    return this.sources.supersede(principal, body.title, body.note);
  }
}
