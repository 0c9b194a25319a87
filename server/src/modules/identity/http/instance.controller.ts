import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { UserRepository } from '../persistence/user.repository';
import { Public } from './access.decorators';

export class InstanceDto {
  @ApiProperty({ description: 'Seeded demo accounts (password published in the README) can log in: every page says so' })
  demoData: boolean;
}

/** What every page, signed in or not, needs to know about this installation. */
@ApiTags('instance')
@Public()
@Controller('instance')
export class InstanceController {
  constructor(private readonly users: UserRepository) {}

  @Get()
  @ApiOkResponse({ type: InstanceDto })
  async instance(): Promise<InstanceDto> {
    return { demoData: await this.users.demoAccountsLive() };
  }
}
