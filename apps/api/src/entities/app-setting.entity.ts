// Key/value settings the server keeps for itself (e.g. the generated JWT secret).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 }) key: string;
  @Column({ type: 'text' }) value: string;
}
