// The `corroborate` command line: extract, check, lsp and eval over the same analysis core as the language server.

import { parseArgs, UsageError } from './args';
import { checkCommand } from './check';
import { evalCommand } from './eval';
import { extractCommand } from './extract';

const USAGE = `corroborate — cross-reference quotes, speakers, dates and numbers across news articles

Usage:
  corroborate extract FILE [--published YYYY-MM-DD] [--json]
      Analyse one article alone: quotes with speakers, date expressions with TimeML values, claims.
  corroborate check PATH... [--format text|json|sarif] [--published FILE=YYYY-MM-DD]... [--fail-on error|warning|information|never]
      Cross-reference every article (files, or folders of *.txt / *.md) against all the others.
      Exit code 1 when a finding is at or above --fail-on (default warning), 2 on bad usage or unreadable input.
  corroborate lsp --stdio
      Run the language server over standard input/output, for any LSP editor.
  corroborate eval timeml DIR | eval polnear DIR | eval basil DIR
      Score the analysis against TimeML, PolNeAR or BASIL data and print precision, recall and F1.
  corroborate --help | --version
`;

const KNOWN = ['json', 'published', 'format', 'fail-on', 'stdio', 'node-ipc', 'socket', 'help', 'version', 'clientProcessId'];

function main(argv: string[]): number | Promise<number> {
  const out = (s: string): void => void process.stdout.write(s + '\n');
  const err = (s: string): void => void process.stderr.write(s + '\n');
  try {
    const args = parseArgs(argv, KNOWN);
    const [command, ...rest] = args.positionals;
    if (args.flags.has('version')) {
      out(VERSION);
      return 0;
    }
    if (args.flags.has('help') || command === 'help') {
      out(USAGE);
      return 0;
    }
    const sub = { positionals: rest, flags: args.flags };
    switch (command) {
      case 'extract':
        return extractCommand(sub, out);
      case 'check':
        return checkCommand(sub, out, err);
      case 'eval':
        return evalCommand(sub, out);
      case 'lsp':
        if (!args.flags.has('stdio') && !args.flags.has('node-ipc') && !process.argv.some((a) => a.startsWith('--socket='))) {
          throw new UsageError('lsp needs a transport: --stdio (or --node-ipc, --socket=PORT)');
        }
        return startLsp();
      case undefined:
        err(USAGE);
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(`corroborate: ${e.message}\nRun \`corroborate --help\` for usage.`);
      return 2;
    }
    err(`corroborate: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

async function startLsp(): Promise<number> {
  const { runServer } = await import('../lsp/server');
  runServer();
  return new Promise<number>(() => undefined);
}

const code = main(process.argv.slice(2));
void Promise.resolve(code).then((c) => {
  process.exitCode = c;
});
