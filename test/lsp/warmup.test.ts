import assert from 'node:assert/strict';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { warmEditPath } from '../../server/src/lsp/warmup';
import { ArticleWorkspace } from '../../server/src/lsp/workspace';

const GAZETTE = `---
date: 2026-04-02
---

The ferry board on Wednesday cut the evening sailings to two, chair Ola Brandt said.

"We cannot run empty boats all winter," Brandt said.
`;
const WIRE = `VESTBY, April 2, 2026 — The ferry board cut evening sailings to two on Wednesday.

"We cannot run empty boats all winter," board chair Ola Brandt said.
`;

describe('warming the edit path', () => {
  it('runs over the open articles and changes nothing anyone reads', async () => {
    const ws = new ArticleWorkspace();
    const settings = normalizeSettings({});
    ws.setText('untitled:gazette', GAZETTE, settings);
    ws.setText('untitled:wire', WIRE, settings);
    ws.open.add('untitled:gazette');
    const version = ws.corpus.version;
    const before = ws.xref.judge('untitled:gazette');
    const steps = await warmEditPath(ws);
    assert.equal(steps, 3, 'three rounds over the one open article');
    assert.equal(ws.corpus.version, version);
    assert.deepEqual(ws.xref.judge('untitled:gazette'), before);
    assert.ok(before.some((f) => f.verdict === 'corroborated'));
  });

  it('does nothing when no article is open', async () => {
    const ws = new ArticleWorkspace();
    ws.setText('untitled:wire', WIRE, normalizeSettings({}));
    assert.equal(await warmEditPath(ws), 0);
  });
});
