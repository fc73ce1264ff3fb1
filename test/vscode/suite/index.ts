// Entry of the VS Code suite, loaded by the extension host (bundled to out/vscode-suite/index.js by the
// runners). Each *.test.ts exports a register function that declares its mocha suites.

import { runMochaSuite } from './harness';
import { registerDiagnostics } from './diagnostics.test';
import { registerFeatures } from './features.test';
import { registerHover } from './hover.test';
import { registerRestart } from './restart.test';

export function run(): Promise<void> {
  return runMochaSuite([registerDiagnostics, registerHover, registerFeatures, registerRestart]);
}
