// The cross-source engine's public face: judge every quote and claim of an article against the corpus.

export { CrossReferencer, DEFAULT_JUDGE_OPTIONS, wordDiff, type JudgeOptions } from './judge';
export { sourceLabel } from './label';
export { wireCopies } from './wire';
