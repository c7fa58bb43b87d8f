import { config, z } from 'zod';

// zod 4 compiles object parsers with `new Function` when it may; the Content-Security-Policy forbids eval,
// so it must not even try (an attempt is reported as a policy violation). Every schema module takes `z`
// from here, so this runs before anything can parse, in whichever chunk gets there first.
config({ jitless: true });

export { z };
