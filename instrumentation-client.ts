// Runs in the browser before the app's own modules. Zod compiles its object
// schemas with `new Function` when they are built, which the CSP forbids
// (lib/http/security-headers.ts); even its probe for that is reported as a
// violation. Jitless zod validates the same, interpreted.
import { config } from "zod";

config({ jitless: true });
