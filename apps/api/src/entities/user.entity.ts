// Back-office staff who sign in with email + password (scrypt hash).
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, TextColumn } from '../db/columns.js';

@Entity('users')
export class UserEntity {
  @IdColumn() id: string;
  @TextColumn(254) email: string;
  @TextColumn(300) passwordHash: string;
  @TextColumn(20) role: 'ADMIN';
  @InstantColumn() createdAt: string;
}
