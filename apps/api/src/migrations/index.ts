// Every migration, in order, passed explicitly to the DataSource.
import { Initial1764316800000 } from './1764316800000-initial.js';
import { Sepa1764700000000 } from './1764700000000-sepa.js';

export const migrations = [Initial1764316800000, Sepa1764700000000];
