// The cross-reference report as HTML for the webview: a table of quotes and claims × sources, every text escaped.

import type { ReportResult } from '../../shared/protocol';

const VERDICT_CLASS: Record<string, string> = {
  corroborated: 'ok',
  'wording-differs': 'differs',
  'speaker-conflict': 'conflict',
  'date-conflict': 'conflict',
  'number-conflict': 'conflict',
  'single-source': 'single',
  unattributed: 'single',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The whole page; `nonce` allows only this page's own style and script (Content-Security-Policy). */
export function renderReport(report: ReportResult, nonce: string, cspSource: string): string {
  const e = escapeHtml;
  const head = report.sources.map((s) => `<th scope="col" title="${e(s)}">${e(report.labels[s] ?? s)}</th>`).join('');
  const rows = report.rows
    .map((row, i) => {
      const cells = report.sources
        .map((s) => {
          const c = row.cells[s];
          if (!c) return '<td class="none">—</td>';
          const cls = VERDICT_CLASS[c.verdict] ?? 'single';
          const args = e(JSON.stringify({ uri: s, range: c.range }));
          return `<td class="cell ${cls}${c.ignored ? ' ignored' : ''}"><button type="button" data-open="${args}" title="${e(`${c.message}\n\n${c.text}${c.speaker ? `\n— ${c.speaker}` : ''}`)}">${e(c.verdict)}${c.ignored ? ' (ignored)' : ''}</button></td>`;
        })
        .join('');
      const cls = VERDICT_CLASS[row.verdict] ?? 'single';
      return `<tr id="row-${i}"><th scope="row" class="text">${e(row.kind === 'quote' ? '❝ ' : '')}${e(row.text)}</th><td>${e(row.speaker ?? '')}</td><td class="verdict ${cls}">${e(row.verdict)}</td>${cells}</tr>`;
    })
    .join('\n');
  const counts = new Map<string, number>();
  for (const r of report.rows) counts.set(r.verdict, (counts.get(r.verdict) ?? 0) + 1);
  const summary = [...counts].map(([v, n]) => `${n} ${e(v)}`).join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${e(cspSource)}; style-src 'nonce-${e(nonce)}'; script-src 'nonce-${e(nonce)}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Corroborate: cross-reference report</title>
<style nonce="${e(nonce)}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 1em; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid var(--vscode-panel-border, #8884); padding: 4px 8px; text-align: left; vertical-align: top; }
  thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  th.text { font-weight: normal; max-width: 40em; }
  .none { color: var(--vscode-descriptionForeground); text-align: center; }
  button { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline dotted; }
  .ok { color: var(--vscode-testing-iconPassed, #3a3); }
  .differs { color: var(--vscode-editorInfo-foreground, #38c); }
  .conflict { color: var(--vscode-editorWarning-foreground, #c80); font-weight: bold; }
  .single { color: var(--vscode-descriptionForeground); }
  .ignored { opacity: 0.6; }
  .limited { color: var(--vscode-editorWarning-foreground, #c80); }
</style>
</head>
<body>
<h1>Cross-reference report</h1>
<p>${report.sources.length} sources · ${report.rows.length} quotes and claims${summary ? ` · ${summary}` : ''}</p>
${report.limited ? `<p class="limited">${e(report.limited)}</p>` : ''}
<table>
<thead><tr><th scope="col">Quote or claim</th><th scope="col">Speaker</th><th scope="col">Verdict</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
<script nonce="${e(nonce)}">
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-open]');
    if (button) vscode.postMessage({ open: JSON.parse(button.getAttribute('data-open')) });
  });
</script>
</body>
</html>`;
}
