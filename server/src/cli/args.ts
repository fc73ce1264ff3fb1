// Command-line parsing for `corroborate`: positionals, --flag value, --flag=value, repeatable flags, clear usage errors.

export class UsageError extends Error {}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string[]>;
}

/** Flags that take no value. */
const BOOLEAN = new Set(['json', 'stdio', 'help', 'version', 'node-ipc']);

export function parseArgs(argv: string[], known: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg === '-h') flags.set('help', ['true']);
      else positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    let value: string;
    if (BOOLEAN.has(name)) value = 'true';
    else if (eq >= 0) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positionals, flags };
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isoDay(value: string, flag: string): string {
  if (!ISO_DAY.test(value)) throw new UsageError(`--${flag} needs a date as YYYY-MM-DD (got "${value}")`);
  const d = new Date(value + 'T00:00:00Z');
  if (d.toISOString().slice(0, 10) !== value) throw new UsageError(`--${flag}: ${value} is not a real day`);
  return value;
}
