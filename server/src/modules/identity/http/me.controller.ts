import { Body, Controller, Get, HttpCode, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthService } from '../application/auth.service';
import { UsersService } from '../application/users.service';
import type { Principal } from '../domain/principal';
import { AllowedBeforePasswordChange, CurrentPrincipal } from './access.decorators';
import { ChangePasswordDto, LoginResponseDto } from './dto/auth.dto';
import { MeDto } from './dto/user.dto';
import { RefreshCookie } from './refresh-cookie';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.users.me(principal);
  }

  @Put('password')
  @HttpCode(200)
  @AllowedBeforePasswordChange()
  @ApiOkResponse({
    type: LoginResponseDto,
    description: 'Every login of the user ends; this is the new one (its refresh token in the cookie)',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords; see Retry-After' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: ChangePasswordDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponseDto> {
    const session = await this.auth.changeOwnPassword(principal, body.currentPassword, body.newPassword, request.ip ?? 'unknown');
    return this.cookie.hand(session, request, response);
  }
}
