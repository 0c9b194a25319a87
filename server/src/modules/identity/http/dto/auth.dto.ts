import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES } from '../../domain/role';

export class LoginRequestDto {
  @ApiProperty({ example: 'staff01' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'kaoping-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class RefreshRequestDto {
  @ApiProperty()
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  refreshToken: string;
}

export class AuthUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: string[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header; short-lived' }) accessToken: string;
  @ApiProperty({ description: 'Exchange at /api/auth/refresh for a new pair; single use' }) refreshToken: string;
  @ApiProperty({ type: AuthUserDto }) user: AuthUserDto;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MaxLength(256)
  newPassword: string;
}
