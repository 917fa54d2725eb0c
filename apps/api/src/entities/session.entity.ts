// An admin's sign-in: the token (bearer or cookie) names its session, and every request checks
// that the session is still there and not revoked, so sign-out, a password change or removing the
// user ends it at once.
import { Entity } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../db/columns.js';

@Entity('sessions')
export class SessionEntity {
  @IdColumn() id: string;
  @RefColumn() userId: string;
  @InstantColumn() createdAt: string;
  @InstantColumn() expiresAt: string;
  @InstantColumn(true) revokedAt: string | null;
}
