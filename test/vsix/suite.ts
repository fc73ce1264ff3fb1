// Runs in code-server's extension host against the INSTALLED .vsix (the development extension is an empty
// harness): the packaged extension is the one loaded, it activates, and it publishes diagnostics and hovers
// on examples/ with only what the .vsix ships.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runMochaSuite } from '../vscode/suite/harness';
import { GAZETTE, SHARED_QUOTE, WIRE, inside, openExample } from '../vscode/suite/fixtures';
import { waitForFinding } from '../vscode/suite/diagnostics.test';
import { hoverText, REPO } from '../vscode/suite/util';

const EXTENSION_ID = 'corroborate.corroborate';

function registerVsix(): void {
  describe('installed .vsix', () => {
    it('is the extension loaded, from the extensions folder, not the repository', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is not installed`);
      const installedIn = process.env.CORROBORATE_VSIX_EXTENSIONS_DIR;
      assert.ok(installedIn, 'the runner did not say where it installed the .vsix');
      const at = ext.extensionUri.fsPath;
      assert.ok(at.startsWith(installedIn + path.sep), `loaded from ${at}, expected under ${installedIn}`);
      assert.ok(!at.startsWith(REPO + path.sep), `loaded from the repository (${at})`);
    });

    it('activates on an article and publishes diagnostics with related information', async () => {
      const wire = await openExample(WIRE);
      const d = await waitForFinding(wire, SHARED_QUOTE, 'corroborated', 45_000);
      assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'the extension is active');
      assert.ok((d.relatedInformation ?? []).some((r) => path.basename(r.location.uri.fsPath) === GAZETTE), `related information points at ${GAZETTE}`);
    });

    it('answers a hover', async () => {
      const wire = await openExample(WIRE);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', wire.uri, inside(wire, SHARED_QUOTE));
      assert.match(hoverText(hovers), /corroborated/);
    });
  });
}

export function run(): Promise<void> {
  return runMochaSuite([registerVsix]);
}
