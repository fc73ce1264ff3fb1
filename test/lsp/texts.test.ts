import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { ArticleWorkspace } from '../../server/src/lsp/workspace';

const paragraph = (i: number): string =>
  `\u201cThe reading room on Quay Street stays open until nine,\u201d librarian Maren Holt said of branch ${i}. Holt said ${i + 12} volunteers would staff it.`;

describe('texts of unopened articles (spilled out of memory)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-texts-test-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads back exactly what was indexed, even after the files changed or vanished on disk', () => {
    const ws = new ArticleWorkspace();
    const settings = normalizeSettings({});
    // Enough text to fill the spill file's first chunk (1 MB) and leave some in memory.
    const texts = Array.from({ length: 60 }, (_, i) => `---\ndate: 2026-05-0${1 + (i % 9)}\n---\n\n${Array.from({ length: 120 }, (_, j) => paragraph(i * 1000 + j)).join('\n\n')}\n`);
    const uris = texts.map((text, i) => {
      const file = path.join(dir, `article-${i}.md`);
      fs.writeFileSync(file, text);
      return pathToFileURL(file).toString();
    });
    for (const uri of uris) assert.ok(ws.loadFromDisk(uri, settings));
    for (let i = 0; i < uris.length; i++) {
      if (i % 2) fs.writeFileSync(path.join(dir, `article-${i}.md`), 'Rewritten elsewhere.');
      else fs.rmSync(path.join(dir, `article-${i}.md`));
    }
    for (let i = 0; i < uris.length; i++) {
      const article = ws.corpus.get(uris[i])!;
      assert.equal(article.text, texts[i]);
      const q = article.analysis.quotes[0];
      assert.equal(q.text, texts[i].slice(q.start, q.end));
    }
    // Re-reading a changed file replaces the article (the watcher's path); a vanished one is dropped.
    assert.ok(ws.loadFromDisk(uris[1], settings));
    assert.equal(ws.corpus.get(uris[1])!.text, 'Rewritten elsewhere.');
    assert.ok(ws.loadFromDisk(uris[0], settings));
    assert.equal(ws.corpus.get(uris[0]), undefined);
  });

  it('keeps an open editor\u2019s text as it is, lone surrogates included', () => {
    const ws = new ArticleWorkspace();
    const uri = 'untitled:draft-1';
    ws.open.add(uri);
    const text = `${paragraph(1)} \ud83d`;
    assert.ok(ws.setText(uri, text, normalizeSettings({})));
    assert.equal(ws.corpus.get(uri)!.text, text);
  });
});
