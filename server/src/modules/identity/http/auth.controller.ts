import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from '../application/auth.service';
import { Public } from './access.decorators';
import { LoginRequestDto, LoginResponseDto } from './dto/auth.dto';
import { REFRESH_COOKIE, RefreshCookie } from './refresh-cookie';

@ApiTags('auth')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: `The refresh token comes as the httpOnly cookie ${REFRESH_COOKIE}` })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts; see Retry-After' })
  async login(
    @Body() body: LoginRequestDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    return this.cookie.hand(await this.auth.login(body.username, body.password, request.ip ?? 'unknown'), request, response);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiOkResponse({ type: LoginResponseDto, description: 'A new access token; the cookie is replaced (single use)' })
  @ApiUnauthorizedResponse({ description: 'No live login: sign in again' })
  async refresh(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponseDto> {
    return this.cookie.hand(await this.auth.refresh(this.cookie.read(request)), request, response);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth(REFRESH_COOKIE)
  @ApiNoContentResponse({ description: 'The login is over: its refresh and access tokens stop working' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(this.cookie.read(request));
    this.cookie.clear(request, response);
  }
}
