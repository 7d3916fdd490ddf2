/** The values of `--name value` pairs in a bench mode's arguments; names not listed are skipped. */
export function flagValues(argv: readonly string[], names: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i] as string;
    if (names.includes(name)) values.set(name, argv[++i] ?? '');
  }
  return values;
}

/** A number flag's value, or its default when the flag is absent. */
export function numberFlag(values: ReadonlyMap<string, string>, name: string, fallback: number): number {
  const value = values.get(name);
  return value === undefined ? fallback : Number(value);
}

/** Prints the usage line and exits with the usage status. */
export function usage(line: string): never {
  console.error(`usage: ${line}`);
  process.exit(2);
}
