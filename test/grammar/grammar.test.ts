// Snapshot tests of the injection grammar through vscode-textmate and vscode-oniguruma: which words of news text get
// the quotation, speaker, cue and date scopes, in plain text and in Markdown (and never in code or front matter).

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const HERE = __dirname;
const SNAPSHOTS = path.join(HERE, '__snapshots__');
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1';
/** VS Code's own Markdown grammar, when the code-server runner has installed it. */
const VSCODE_MARKDOWN = path.join(ROOT, '.code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

let onigReady: Promise<vsctm.IOnigLib> | undefined;
function onigLib(): Promise<vsctm.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    return { createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources), createOnigString: (s: string) => new oniguruma.OnigString(s) };
  })();
  return onigReady;
}

function registry(markdownGrammar = path.join(HERE, 'fixtures/markdown.tmLanguage.json')): vsctm.Registry {
  const files: Record<string, string> = {
    'text.plain': path.join(ROOT, 'syntaxes/plaintext.tmLanguage.json'),
    'text.html.markdown': markdownGrammar,
    'text.corroborate.injection': path.join(ROOT, 'syntaxes/corroborate.injection.tmLanguage.json'),
  };
  return new vsctm.Registry({
    onigLib: onigLib(),
    loadGrammar: async (scope) => (files[scope] ? vsctm.parseRawGrammar(fs.readFileSync(files[scope], 'utf8'), files[scope]) : null),
    // As package.json's injectTo says.
    getInjections: (scope) => (scope === 'text.plain' || scope === 'text.html.markdown' ? ['text.corroborate.injection'] : undefined),
  });
}

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(scope: string, text: string, reg = registry()): Promise<Token[]> {
  const grammar = await reg.loadGrammar(scope);
  assert.ok(grammar, `grammar ${scope}`);
  const out: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((line, i) => {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) out.push({ line: i, text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
    stack = r.ruleStack;
  });
  return out;
}

/** One line per run of text with Corroborate scopes: `3 | "Vasquez" entity.name.speaker.corroborate`. */
function snapshot(text: string, tokens: Token[]): string {
  const out: string[] = [];
  const lines = text.split('\n');
  let last = -1;
  for (const t of tokens) {
    const ours = t.scopes.filter((s) => s.endsWith('.corroborate'));
    if (!ours.length) continue;
    if (t.line !== last) {
      out.push(`${String(t.line + 1).padStart(3)} > ${lines[t.line]}`);
      last = t.line;
    }
    out.push(`    ${JSON.stringify(t.text)} ${ours.join(' ')}`);
  }
  return out.join('\n') + '\n';
}

function matchSnapshot(name: string, actual: string): void {
  const file = path.join(SNAPSHOTS, `${name}.snap`);
  if (UPDATE || !fs.existsSync(file)) {
    if (!UPDATE) assert.fail(`no snapshot ${path.relative(ROOT, file)}: run with UPDATE_SNAPSHOTS=1 and review it`);
    fs.writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, fs.readFileSync(file, 'utf8'), `${name} differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)`);
}

const scopedAs = (tokens: Token[], scope: string): string[] => tokens.filter((t) => t.scopes.includes(scope)).map((t) => t.text);

describe('grammar: news text scopes (vscode-textmate + vscode-oniguruma)', () => {
  for (const [fixture, scope] of [
    ['wire.txt', 'text.plain'],
    ['gazette.md', 'text.html.markdown'],
  ] as const) {
    it(`matches the snapshot of ${fixture}`, async () => {
      const text = fs.readFileSync(path.join(HERE, 'fixtures', fixture), 'utf8');
      matchSnapshot(fixture, snapshot(text, await tokenize(scope, text)));
    });
  }

  it('scopes speakers next to cue verbs, on either side, and not pronouns or "The city"', async () => {
    const tokens = await tokenize('text.plain', [
      '"We will not gamble," Vasquez said.',
      '"Not alone," said Finance Minister Ingrid Solberg, who met the mayor.',
      'He said so. The city said so. According to Nordline, ferries run.',
      'Ingrid van der Berg told reporters.',
    ].join('\n'));
    assert.deepEqual(scopedAs(tokens, 'entity.name.speaker.corroborate'), ['Vasquez', 'Finance Minister Ingrid Solberg', 'Nordline', 'Ingrid van der Berg']);
    assert.deepEqual(scopedAs(tokens, 'keyword.other.cue.corroborate'), ['said', 'said', 'said', 'said', 'According to', 'told']);
  });

  it('scopes straight, curly, guillemet and low quotations with their marks, ending at the line end when unclosed', async () => {
    const tokens = await tokenize('text.plain', 'A "straight" and “curly” and «guillemet» and „low“ and \'not\' one. "open\nnext line');
    const quoted = tokens.filter((t) => t.scopes.some((s) => s.startsWith('string.quoted.')));
    assert.deepEqual(quoted.map((t) => t.text).join('|'), '"|straight|"|“|curly|”|«|guillemet|»|„|low|“|"|open');
    // One quotation never opens another: „low“ closes with “, which does not start a curly quotation.
    assert.ok(!tokens.some((t) => t.scopes.filter((s) => s.startsWith('string.quoted.')).length > 1));
    assert.ok(!tokens.some((t) => t.line === 1 && t.scopes.some((s) => s.startsWith('string.quoted.'))));
  });

  it('scopes dates inside quotations too, but no speakers or cues there', async () => {
    const tokens = await tokenize('text.plain', '"Brekke said we start on Monday," Vasquez said.');
    assert.deepEqual(scopedAs(tokens, 'constant.other.date.corroborate'), ['on Monday']);
    assert.deepEqual(scopedAs(tokens, 'entity.name.speaker.corroborate'), ['Vasquez']);
  });

  it('scopes relative and absolute dates', async () => {
    const tokens = await tokenize('text.plain', 'On Wednesday, last week, yesterday, March 12, 2026, 12 March 2026, 2026-03-12, two days ago and March 2026.');
    assert.deepEqual(scopedAs(tokens, 'constant.other.date.corroborate'), ['On Wednesday', 'last week', 'yesterday', 'March 12, 2026', '12 March 2026', '2026-03-12', 'two days ago', 'March 2026']);
  });

  it('leaves Markdown code and front matter alone', async () => {
    const text = fs.readFileSync(path.join(HERE, 'fixtures', 'gazette.md'), 'utf8');
    const tokens = await tokenize('text.html.markdown', text);
    const lines = text.split('\n');
    const code = new Set([lines.findIndex((l) => l.startsWith('"Not a quote either')), lines.findIndex((l) => l.startsWith('date:'))]);
    assert.ok(!tokens.some((t) => code.has(t.line) && t.scopes.some((s) => s.endsWith('.corroborate'))), 'nothing scoped inside the fence or the front matter');
    assert.ok(!tokens.some((t) => t.scopes.includes('markup.inline.raw.string.markdown') && t.scopes.some((s) => s.endsWith('.corroborate'))), 'nothing scoped inside inline code');
    assert.ok(scopedAs(tokens, 'entity.name.speaker.corroborate').includes('Brekke'));
  });

  it("injects into VS Code's own Markdown grammar (when the code-server runner installed it)", async function () {
    if (!fs.existsSync(VSCODE_MARKDOWN)) this.skip();
    const tokens = await tokenize('text.html.markdown', 'Mayor Elena Vasquez said the city would “not gamble with the lives” of people on Wednesday.', registry(VSCODE_MARKDOWN));
    assert.deepEqual(scopedAs(tokens, 'entity.name.speaker.corroborate'), ['Mayor Elena Vasquez']);
    assert.ok(scopedAs(tokens, 'string.quoted.double.curly.corroborate').includes('not gamble with the lives'));
    assert.deepEqual(scopedAs(tokens, 'constant.other.date.corroborate'), ['on Wednesday']);
  });
});
