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

export class AuthUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: string[];
  @ApiProperty({
    description: 'The password was chosen by an administrator: every route but PUT /api/me/password answers 403 password_change_required',
  })
  mustChangePassword: boolean;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header; short-lived' }) accessToken: string;
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
