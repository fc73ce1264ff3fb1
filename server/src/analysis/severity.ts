// Default severity of each verdict, and the order severities rank in.

import type { Verdict } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export const DEFAULT_SEVERITY: Readonly<Record<Verdict, Severity>> = {
  'speaker-conflict': 'warning',
  'date-conflict': 'warning',
  'number-conflict': 'warning',
  'wording-differs': 'information',
  'single-source': 'information',
  unattributed: 'information',
  corroborated: 'hint',
};

/** True when `severity` is at or above `threshold` (error is the highest). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
