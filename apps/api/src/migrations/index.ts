// Every migration, in order, passed explicitly to the DataSource.
import { Initial1764316800000 } from './1764316800000-initial.js';
import { Sessions1764500000000 } from './1764500000000-sessions.js';

export const migrations = [Initial1764316800000, Sessions1764500000000];
