import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuthService } from '../application/auth.service';
import { Public } from './access.decorators';
import { LoginRequestDto, LoginResponseDto, RefreshRequestDto } from './dto/auth.dto';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see Retry-After' })
  login(@Body() body: LoginRequestDto, @Req() request: Request): Promise<LoginResponseDto> {
    return this.auth.login(body.username, body.password, request.ip ?? 'unknown');
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  refresh(@Body() body: RefreshRequestDto): Promise<LoginResponseDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse()
  logout(@Body() body: RefreshRequestDto): Promise<void> {
    return this.auth.logout(body.refreshToken);
  }
}
