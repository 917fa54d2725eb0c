// Every migration, in order, passed explicitly to the DataSource.
import { Initial1764316800000 } from './1764316800000-initial.js';
import { Verifactu1764600000000 } from './1764600000000-verifactu.js';

export const migrations = [Initial1764316800000, Verifactu1764600000000];
