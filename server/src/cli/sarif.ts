// SARIF 2.1.0 output of `corroborate check`, for code-scanning tools.

import type { CliFinding } from './check';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function toSarif(findings: CliFinding[]): object {
  const rules = [...new Set(findings.map((f) => f.verdict))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'corroborate', informationUri: 'https://github.com/corroborate/corroborate', rules: rules.map((id) => ({ id, shortDescription: { text: id.replace('-', ' ') } })) } },
        results: findings.map((f) => ({
          ruleId: f.verdict,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [location(f.file, f.line, f.character, f.start, f.end)],
          relatedLocations: f.related.map((r, i) => ({ id: i, ...location(r.file, r.line, r.character, r.start, r.end), message: { text: r.text.slice(0, 200) } })),
        })),
      },
    ],
  };
}

function location(file: string, line: number, character: number, start: number, end: number): object {
  return {
    physicalLocation: {
      artifactLocation: { uri: file.split('\\').join('/') },
      region: { startLine: line + 1, startColumn: character + 1, charOffset: start, charLength: end - start },
    },
  };
}
