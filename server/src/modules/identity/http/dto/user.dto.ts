import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageQueryDto } from '../../../../platform/http/page-query.dto';
import { ISSUE_CODE_PROPERTY, ISSUE_PARAMS_PROPERTY } from '../../../../platform/http/issue-schema';
import { ROLES, type Role } from '../../domain/role';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty() disabled: boolean;
}

export class MeDto extends UserDto {}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty() total: number;
}

export class UserPageQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this unit's subtree" })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'zhangsan' })
  @IsString()
  @MinLength(2)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: '张三' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(256)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsIn(ROLES, { each: true })
  roles: Role[];

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(256)
  password: string;
}

export class ImportErrorDto {
  @ApiProperty({ description: 'Row number as Excel shows it (header is row 1)' }) row: number;
  @ApiProperty({ description: 'Column header or "file"' }) field: string;
  @ApiPropertyOptional(ISSUE_CODE_PROPERTY) code?: string;
  @ApiPropertyOptional(ISSUE_PARAMS_PROPERTY) params?: Record<string, string | number>;
  @ApiProperty({ description: 'zh-CN; the fallback of a translation by code' }) message: string;
}

export class UserImportReportDto {
  @ApiProperty({ description: 'Users created (or, on a dry run, that would be)' }) created: number;
  @ApiProperty({ type: [ImportErrorDto] }) errors: ImportErrorDto[];
}

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Check only; write nothing', default: false })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
