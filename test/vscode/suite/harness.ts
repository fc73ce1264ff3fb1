// Runs mocha inside the VS Code extension host. The runner (runCodeServer.mjs / runElectron.mjs) calls the
// bundled suite's `run()`; this file reports every test on the console (forwarded to the runner), writes
// results.json into $CORROBORATE_TEST_CONTROL when the runner set it, and fails when a test failed or none ran.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export type Register = () => void;

/** Prefix that tells the runner a console line is the suite's own output. */
export const TAG = '[suite]';

export function emit(line: string): void {
  for (const l of line.split('\n')) console.log(`${TAG} ${l}`);
  const dir = process.env.CORROBORATE_TEST_CONTROL;
  if (dir) fs.appendFileSync(path.join(dir, 'output.log'), `${line}\n`);
}

interface Results {
  passed: number;
  failed: number;
  pending: number;
  total: number;
  durationMs: number;
  failures: { title: string; error: string }[];
}

function writeResults(results: Results): void {
  const dir = process.env.CORROBORATE_TEST_CONTROL;
  if (dir) fs.writeFileSync(path.join(dir, 'results.json'), JSON.stringify(results, null, 2));
}

function reporterFor(results: Results): new (runner: Mocha.Runner) => unknown {
  const C = Mocha.Runner.constants;
  return class Reporter {
    constructor(runner: Mocha.Runner) {
      let depth = 0;
      const indent = (): string => '  '.repeat(depth);
      runner.on(C.EVENT_SUITE_BEGIN, (s: Mocha.Suite) => {
        if (s.title) emit(`${indent()}${s.title}`);
        depth++;
      });
      runner.on(C.EVENT_SUITE_END, () => {
        depth--;
      });
      runner.on(C.EVENT_TEST_PASS, (t: Mocha.Test) => {
        results.passed++;
        emit(`${indent()}✓ ${t.title} (${t.duration ?? 0} ms)`);
      });
      runner.on(C.EVENT_TEST_PENDING, (t: Mocha.Test) => {
        results.pending++;
        emit(`${indent()}- ${t.title} (pending)`);
      });
      runner.on(C.EVENT_TEST_FAIL, (t: Mocha.Runnable, err: Error) => {
        results.failed++;
        const error = err?.stack || String(err);
        results.failures.push({ title: t.fullTitle(), error });
        emit(`${indent()}✗ ${t.title}\n${error.replace(/^/gm, `${indent()}    `)}`);
      });
    }
  };
}

export interface SuiteOptions {
  /** Per-test timeout; waits inside tests have their own, shorter timeouts that fail with a clear message. */
  timeoutMs?: number;
  /** Only run tests whose full title matches (also from $CORROBORATE_TEST_GREP). */
  grep?: string;
}

export async function runMochaSuite(registers: Register[], options: SuiteOptions = {}): Promise<void> {
  const grep = options.grep ?? process.env.CORROBORATE_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: options.timeoutMs ?? 180_000, color: false, ...(grep ? { grep } : {}) });
  const results: Results = { passed: 0, failed: 0, pending: 0, total: 0, durationMs: 0, failures: [] };
  mocha.reporter(reporterFor(results) as unknown as Mocha.ReporterConstructor);
  // Bundled tests: expose describe/it/… and let each test module declare its suites.
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, 'bundle', mocha);
  for (const register of registers) register();
  const started = Date.now();
  results.total = mocha.suite.total();
  emit(`CORROBORATE-SUITE-START vscode ${vscode.version}, ${results.total} tests`);
  await new Promise<void>((resolve) => {
    mocha.run(() => resolve());
  });
  results.durationMs = Date.now() - started;
  writeResults(results);
  emit('');
  emit(`${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
  if (results.failed > 0) throw new Error(`${results.failed} of ${results.total} tests failed`);
  if (results.passed === 0) throw new Error('no test ran: the suite registered or matched zero tests');
  emit(`CORROBORATE-TESTS-PASSED ${results.passed}`);
}
