import { Body, Controller, Get, HttpCode, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { UsersService } from '../application/users.service';
import type { Principal } from '../domain/principal';
import { CurrentPrincipal } from './access.decorators';
import { ChangePasswordDto } from './dto/auth.dto';
import { MeDto } from './dto/user.dto';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): Promise<MeDto> {
    return this.users.me(principal);
  }

  @Put('password')
  @HttpCode(204)
  @ApiNoContentResponse()
  changePassword(@CurrentPrincipal() principal: Principal, @Body() body: ChangePasswordDto): Promise<void> {
    return this.users.changeOwnPassword(principal, body.currentPassword, body.newPassword);
  }
}
