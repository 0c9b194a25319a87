import { ApiProperty } from '@nestjs/swagger';

/** Who a record belongs to, as the competency and KPI pages name them. */
export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty() unitName: string;
}
