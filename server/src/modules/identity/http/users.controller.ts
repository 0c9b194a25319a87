import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res, UploadedFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { MAX_UPLOAD_BYTES } from '../../../platform/files/upload-limits';
import { FileUpload } from '../../../platform/files/file-upload';
import { UserImportService } from '../application/user-import.service';
import { UsersService } from '../application/users.service';
import type { Principal } from '../domain/principal';
import { CurrentPrincipal, RequireRoles } from './access.decorators';
import {
  CreateUserDto,
  ImportQueryDto,
  ResetPasswordDto,
  UpdateUserDto,
  UserDto,
  UserImportReportDto,
  UserPageDto,
  UserPageQueryDto,
} from './dto/user.dto';
import { IdentityErrors } from '../domain/identity-errors';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly imports: UserImportService,
  ) {}

  @Get()
  @RequireRoles('trainer', 'manager', 'admin')
  @ApiOkResponse({ type: UserPageDto, description: "Users inside the caller's organisation scope" })
  page(@CurrentPrincipal() principal: Principal, @Query() query: UserPageQueryDto): Promise<UserPageDto> {
    return this.users.page(principal, query);
  }

  @Post()
  @RequireRoles('admin')
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(principal, body);
  }

  @Get('import-template')
  @RequireRoles('admin')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'XLSX template for bulk user import' })
  async template(@Res() response: Response): Promise<void> {
    const file = await this.imports.template();
    response.setHeader('Content-Type', XLSX_TYPE);
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="users-template.xlsx"; filename*=UTF-8''${encodeURIComponent('用户导入模板.xlsx')}`,
    );
    response.send(file);
  }

  @Post('imports')
  @RequireRoles('admin')
  @FileUpload(MAX_UPLOAD_BYTES)
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: UserImportReportDto })
  @ApiUnprocessableEntityResponse({ description: 'Row errors; nothing written. details has the same shape as the report.' })
  importUsers(
    @CurrentPrincipal() principal: Principal,
    @Query() query: ImportQueryDto,
    @UploadedFile() file?: Express.Multer.File,
  ): Promise<UserImportReportDto> {
    if (!file) throw IdentityErrors['identity.import.fileMissing']();
    return this.imports.import(principal, file.buffer, query.dryRun === 'true');
  }

  @Patch(':id')
  @RequireRoles('admin')
  @ApiOkResponse({ type: UserDto })
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(principal, id, body);
  }

  @Post(':id/password')
  @RequireRoles('admin')
  @HttpCode(204)
  @ApiNoContentResponse()
  resetPassword(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResetPasswordDto,
  ): Promise<void> {
    return this.users.resetPassword(principal, id, body.password);
  }
}
