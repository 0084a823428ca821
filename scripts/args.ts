/** The scripts' command lines: `--key value`, `--key=value`, or `--flag` alone (then "true"). */
export function parseArgs(argv: readonly string[]): Record<string, string> {
  const args: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) continue;
    const [key, inline] = a.slice(2).split('=', 2);
    if (inline !== undefined) args[key ?? ''] = inline;
    else if (argv[i + 1] !== undefined && !(argv[i + 1] ?? '').startsWith('--')) args[key ?? ''] = argv[++i] ?? '';
    else args[key ?? ''] = 'true';
  }
  return args;
}
