// Rewrites apps/api/schema.graphql from the code (the SPA generates its types from it).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSdl } from '../graphql/sdl.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, await schemaSdl());
console.log(`wrote ${target}`);
