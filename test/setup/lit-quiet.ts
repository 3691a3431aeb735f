/**
 * Every test project's setup: Lit's development build (which the tests load, for its checks)
 * announces itself once per page and process with "Lit is in dev mode". That one notice is
 * turned off by its code, as Lit offers (`litIssuedWarnings`); every other warning Lit issues
 * still prints, and a test run that prints one is not clean.
 */
const scope = globalThis as typeof globalThis & { litIssuedWarnings?: Set<string> };
scope.litIssuedWarnings ??= new Set();
scope.litIssuedWarnings.add('dev-mode');
