// Glob patterns of the settings (`**/*.{txt,md}`) turned into regular expressions over workspace-relative paths.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let src = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        src += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else src += '[^/]*';
    } else if (c === '?') src += '[^/]';
    else if (c === '{') {
      inBraces++;
      src += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces--;
      src += ')';
    } else if (c === ',' && inBraces) src += '|';
    else if (c === '\\') src += '/';
    else src += c.replace(/[.+^$()|[\]]/g, '\\$&');
  }
  re = new RegExp(`^${src}$`, process.platform === 'win32' || process.platform === 'darwin' ? 'i' : '');
  cache.set(glob, re);
  return re;
}

/** Whether a workspace-relative path (forward slashes) matches any of the globs. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.split('\\').join('/');
  return globs.some((g) => globToRegExp(g).test(p));
}
