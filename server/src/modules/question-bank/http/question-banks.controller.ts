import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res, UploadedFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { FileUpload } from '../../../platform/files/file-upload';
import { sendFile } from '../../../platform/http/send-file';
import type { Principal } from '../../identity/domain/principal';
import { CurrentPrincipal, RequireRoles } from '../../identity/http/access.decorators';
import { BankQualityService } from '../application/bank-quality.service';
import { BanksService } from '../application/banks.service';
import { QuestionExportService } from '../application/question-export.service';
import { QuestionImportService } from '../application/question-import.service';
import { QuestionsService } from '../application/questions.service';
import { questionXlsxTemplate } from '../formats/xlsx-questions';
import { BankQualityDto } from './dto/quality.dto';
import {
  CreateQuestionBankDto,
  CreateQuestionCategoryDto,
  QuestionBankDto,
  QuestionCategoryDto,
  ShareQuestionBankDto,
  UpdateQuestionBankDto,
  UpdateQuestionCategoryDto,
} from './dto/bank.dto';
import {
  BulkQuestionActionDto,
  BulkResultDto,
  ExportQueryDto,
  ImportFormatDto,
  QuestionDto,
  QuestionImportQueryDto,
  QuestionImportReportDto,
  QUESTION_IMPORT_FORMAT,
  QuestionInputDto,
  QuestionPageDto,
  QuestionPageQueryDto,
  QuestionSearchPageDto,
  QuestionSearchQueryDto,
  DraftCheckDto,
  DraftCheckResultDto,
} from './dto/question.dto';
import { QuestionSearchService } from '../application/question-search.service';
import { QuestionBankErrors } from '../domain/question-bank-errors';

export const MAX_BANK_UPLOAD_BYTES = 20 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('question-banks')
@ApiBearerAuth()
// managers read; writes name trainer and admin, and the service checks the bank is theirs or shared with them
@RequireRoles('trainer', 'manager', 'admin')
@Controller('question-banks')
export class QuestionBanksController {
  constructor(
    private readonly banks: BanksService,
    private readonly questions: QuestionsService,
    private readonly imports: QuestionImportService,
    private readonly exports: QuestionExportService,
    private readonly qualityChecks: BankQualityService,
    private readonly searches: QuestionSearchService,
  ) {}

  @Get()
  @ApiOkResponse({ type: [QuestionBankDto] })
  list(@CurrentPrincipal() principal: Principal): Promise<QuestionBankDto[]> {
    return this.banks.list(principal);
  }

  @Post()
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: QuestionBankDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateQuestionBankDto): Promise<QuestionBankDto> {
    return this.banks.create(principal, body);
  }

  @Get('search')
  @ApiOkResponse({ type: QuestionSearchPageDto, description: 'Questions of every bank the caller may see that contain all the words' })
  search(@CurrentPrincipal() principal: Principal, @Query() query: QuestionSearchQueryDto): Promise<QuestionSearchPageDto> {
    return this.searches.search(principal, query.q, query.page, query.pageSize);
  }

  @Get('import-template')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'The XLSX template for question import, with a sheet of instructions' })
  async template(@Res() response: Response): Promise<void> {
    sendFile(response, await questionXlsxTemplate(), '题目导入模板.xlsx', XLSX_TYPE);
  }

  @Get(':bankId')
  @ApiOkResponse({ type: QuestionBankDto })
  get(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string): Promise<QuestionBankDto> {
    return this.banks.get(principal, bankId);
  }

  @Patch(':bankId')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: QuestionBankDto })
  update(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: UpdateQuestionBankDto): Promise<QuestionBankDto> {
    return this.banks.update(principal, bankId, body);
  }

  @Put(':bankId/shares')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: QuestionBankDto })
  share(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: ShareQuestionBankDto): Promise<QuestionBankDto> {
    return this.banks.share(principal, bankId, body.unitIds);
  }

  @Get(':bankId/quality')
  @ApiOkResponse({ type: BankQualityDto, description: "The item-writing checks' findings and item analysis's flags of the bank's active questions" })
  quality(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string): Promise<BankQualityDto> {
    return this.qualityChecks.quality(principal, bankId);
  }

  @Get(':bankId/categories')
  @ApiOkResponse({ type: [QuestionCategoryDto] })
  categories(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string): Promise<QuestionCategoryDto[]> {
    return this.banks.listCategories(principal, bankId);
  }

  @Post(':bankId/categories')
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: QuestionCategoryDto })
  createCategory(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: CreateQuestionCategoryDto): Promise<QuestionCategoryDto> {
    return this.banks.createCategory(principal, bankId, body);
  }

  @Patch(':bankId/categories/:categoryId')
  @RequireRoles('trainer', 'admin')
  @ApiOkResponse({ type: QuestionCategoryDto, description: 'Marks the category 练习题 or 考试题 (null: as its parent)' })
  updateCategory(
    @CurrentPrincipal() principal: Principal,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Param('categoryId', ParseUUIDPipe) categoryId: string,
    @Body() body: UpdateQuestionCategoryDto,
  ): Promise<QuestionCategoryDto> {
    return this.banks.setCategoryPurpose(principal, bankId, categoryId, body.purpose);
  }

  @Get(':bankId/questions')
  @ApiOkResponse({ type: QuestionPageDto })
  questionsPage(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Query() query: QuestionPageQueryDto): Promise<QuestionPageDto> {
    const { needsReview, ...rest } = query;
    return this.questions.page(principal, bankId, { ...rest, ...(needsReview !== undefined && { needsReview: needsReview === 'true' }) });
  }

  @Post(':bankId/questions')
  @RequireRoles('trainer', 'admin')
  @ApiCreatedResponse({ type: QuestionDto })
  createQuestion(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: QuestionInputDto): Promise<QuestionDto> {
    return this.questions.create(principal, bankId, body);
  }

  @Post(':bankId/questions/check')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: DraftCheckResultDto, description: 'The editor’s live check of a draft; writes nothing' })
  checkDraft(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: DraftCheckDto): Promise<DraftCheckResultDto> {
    const { ownKey, ...input } = body;
    return this.qualityChecks.checkDraft(principal, bankId, input, ownKey);
  }

  @Post(':bankId/questions/bulk')
  @RequireRoles('trainer', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultDto })
  bulk(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Body() body: BulkQuestionActionDto): Promise<BulkResultDto> {
    switch (body.action) {
      case 'move':
        return this.questions.bulk(principal, bankId, body.questionIds, { action: 'move', categoryId: body.categoryId ?? null });
      case 'tag':
        if (!body.tag) throw QuestionBankErrors['questionBank.bulk.tagRequired']();
        return this.questions.bulk(principal, bankId, body.questionIds, { action: 'tag', tag: body.tag });
      case 'retire':
      case 'restore':
        return this.questions.bulk(principal, bankId, body.questionIds, { action: body.action });
    }
  }

  @Post(':bankId/imports')
  @RequireRoles('trainer', 'admin')
  @FileUpload(MAX_BANK_UPLOAD_BYTES)
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' }, format: QUESTION_IMPORT_FORMAT } } })
  @ApiCreatedResponse({ type: QuestionImportReportDto })
  @ApiUnprocessableEntityResponse({ description: 'Errors in the file; nothing written. details has the report shape with every error.' })
  importQuestions(
    @CurrentPrincipal() principal: Principal,
    @Param('bankId', ParseUUIDPipe) bankId: string,
    @Query() query: QuestionImportQueryDto,
    @Body() body: ImportFormatDto,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<QuestionImportReportDto> {
    if (!file) throw QuestionBankErrors['questionBank.import.fileMissing']();
    return this.imports.import(principal, bankId, file, { format: body.format, dryRun: query.dryRun === 'true', duplicates: query.duplicates ?? 'skip' });
  }

  @Get(':bankId/export')
  @ApiProduces(XLSX_TYPE, 'text/plain', 'application/xml', 'application/yaml')
  @ApiOkResponse({ description: 'The bank in the chosen format' })
  async export(@CurrentPrincipal() principal: Principal, @Param('bankId', ParseUUIDPipe) bankId: string, @Query() query: ExportQueryDto, @Res() response: Response): Promise<void> {
    const { file, fileName, contentType } = await this.exports.export(principal, bankId, query.format);
    sendFile(response, file, fileName, contentType);
  }
}
