// `corroborate eval timeml|polnear|basil DIR`: scores against a data set and prints the figures.

import * as fs from 'node:fs';
import { UsageError, type ParsedArgs } from './args';
import { evalBasil } from './eval/basil';
import { evalPolnear } from './eval/polnear';
import { evalTimeml } from './eval/timeml';

export function evalCommand(args: ParsedArgs, out: (s: string) => void): number {
  const [kind, dir, ...rest] = args.positionals;
  if (!kind || !dir || rest.length) throw new UsageError('eval needs a kind (timeml, polnear or basil) and one DIR');
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder`);
  switch (kind) {
    case 'timeml':
      out(evalTimeml(dir).report);
      return 0;
    case 'polnear':
      out(evalPolnear(dir).report);
      return 0;
    case 'basil':
      out(evalBasil(dir).report);
      return 0;
    default:
      throw new UsageError(`unknown eval kind "${kind}" (timeml, polnear or basil)`);
  }
}
