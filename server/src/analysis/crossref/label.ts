// How an article is named in messages: the last segment of its path or URI, decoded.

export function sourceLabel(id: string): string {
  const last = id.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? id;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function listLabels(ids: string[]): string {
  const labels = [...new Set(ids.map(sourceLabel))];
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
