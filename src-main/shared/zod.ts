import { z } from 'zod';

// zod's JIT compiles validators with `new Function`, which the app's CSP forbids.
// Every schema imports `z` from this module so the setting is applied before any schema exists.
z.config({ jitless: true });

export { z };
