// Settings of the `corroborate` section, read per resource through workspace/configuration, with defaults and validation.

import { DEFAULT_SEVERITY, type Severity } from '../analysis/severity';
import { VERDICTS, type Verdict } from '../analysis/types';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  enable: boolean;
  sources: string[];
  exclude: string[];
  severity: Record<Verdict, SeveritySetting>;
  /** Workspace-relative path or glob → YYYY-MM-DD. */
  publishedDates: Record<string, string>;
  similarityThreshold: number;
  codeLens: boolean;
  inlayHints: boolean;
  /** 'workspace' publishes diagnostics for unopened articles too; 'open' only for open editors. */
  diagnosticsScope: 'workspace' | 'open';
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  sources: ['**/*.{txt,md}'],
  exclude: ['**/node_modules/**', '**/.git/**'],
  severity: { ...DEFAULT_SEVERITY },
  publishedDates: {},
  similarityThreshold: 0.8,
  codeLens: true,
  inlayHints: true,
  diagnosticsScope: 'workspace',
  debounceMs: 15,
};

const SEVERITY_VALUES = ['error', 'warning', 'information', 'hint', 'off'];

/** Merge what the client sent over the defaults, ignoring values of the wrong type. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const s: Settings = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity } };
  if (typeof r.enable === 'boolean') s.enable = r.enable;
  const globs = (v: unknown): string[] | undefined => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);
  s.sources = globs(r.sources) ?? s.sources;
  s.exclude = globs(r.exclude) ?? s.exclude;
  if (r.severity && typeof r.severity === 'object') {
    for (const v of VERDICTS) {
      const value = (r.severity as Record<string, unknown>)[v];
      if (typeof value === 'string' && SEVERITY_VALUES.includes(value)) s.severity[v] = value as SeveritySetting;
    }
  }
  if (r.publishedDates && typeof r.publishedDates === 'object') {
    s.publishedDates = {};
    for (const [k, v] of Object.entries(r.publishedDates as Record<string, unknown>)) if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) s.publishedDates[k] = v;
  }
  if (typeof r.similarityThreshold === 'number' && r.similarityThreshold > 0 && r.similarityThreshold <= 1) s.similarityThreshold = r.similarityThreshold;
  if (typeof r.codeLens === 'boolean') s.codeLens = r.codeLens;
  if (typeof r.inlayHints === 'boolean') s.inlayHints = r.inlayHints;
  if (r.diagnosticsScope === 'open' || r.diagnosticsScope === 'workspace') s.diagnosticsScope = r.diagnosticsScope;
  if (typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 5000) s.debounceMs = r.debounceMs;
  return s;
}
