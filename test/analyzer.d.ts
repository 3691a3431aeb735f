/** The part of @custom-elements-manifest/analyzer the tests call (it ships no types). */
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs the CLI; with `noWrite`, returns the manifest and writes nothing. */
  export function cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<unknown>;
}
