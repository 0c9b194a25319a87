import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { QuestionsService } from '../application/questions.service';
import { QuestionDto, QuestionVersionDto, RevertQuestionDto, UpdateQuestionDto } from './dto/question.dto';

@ApiTags('questions')
@ApiBearerAuth()
// managers read; writes name trainer and admin, and the service checks the bank is theirs or shared with them
@RequireRoles('trainer', 'manager', 'admin')
@Controller('questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':id')
  @ApiOkResponse({ type: QuestionDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionDto> {
    return this.questions.get(principal, id);
  }

  @Put(':id')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: QuestionDto, description: 'Saved as a new version; earlier versions are kept' })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateQuestionDto): Promise<QuestionDto> {
    return this.questions.update(principal, id, body);
  }

  @Get(':id/versions')
  @ApiOkResponse({ type: [QuestionVersionDto], description: 'Newest first' })
  versions(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionVersionDto[]> {
    return this.questions.versions(principal, id);
  }

  @Post(':id/revert')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionDto, description: 'Appends a version with the content of an earlier one; audited as a key change when the key differs' })
  revert(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: RevertQuestionDto): Promise<QuestionDto> {
    return this.questions.revert(principal, id, body.version);
  }

  @Post(':id/retire')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionDto, description: 'Hidden from new papers; papers that used it keep it' })
  retire(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionDto> {
    return this.questions.setStatus(principal, id, 'retired');
  }

  @Post(':id/restore')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionDto })
  restore(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionDto> {
    return this.questions.setStatus(principal, id, 'active');
  }

  @Post(':id/review')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: QuestionDto, description: 'Clears the superseded-source flag after a trainer checked the question' })
  review(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<QuestionDto> {
    return this.questions.markReviewed(principal, id);
  }
}
