/**
 * npm run lock:platforms — keeps package-lock.json acceptable to `npm ci`.
 *
 * The registry this project installs from carries only some platforms'
 * builds of native optional packages (@pagefind/*, @astrojs/compiler-binding-*,
 * …) at current versions. npm then leaves the others out of the lock, and
 * `npm ci` rejects the lock as out of sync. This script records each missing
 * optional platform package with its os/cpu, so npm skips it on machines it
 * does not fit and never needs to fetch it. Run after `npm install`;
 * `src/lib/build/lock-platforms.test.ts` fails when it is needed.
 */

interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}
export interface Lock {
  packages: Record<string, LockEntry>;
}

/** os, cpu and libc from a platform package name such as darwin-arm64, win32-x64-msvc, linux-arm64-musl, wasm32-wasi. */
export function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu' | 'libc'> {
  const n = name.toLowerCase();
  const os = ['darwin', 'linux', 'win32', 'freebsd', 'android', 'openbsd', 'netbsd', 'sunos', 'aix'].find((o) => n.includes(o)) ?? (n.includes('windows') ? 'win32' : undefined);
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'].find((c) => new RegExp(`(^|[-/])${c}($|-)`).test(n));
  const libc = n.includes('musl') ? 'musl' : n.includes('gnu') && os === 'linux' ? 'glibc' : undefined;
  return {
    ...(os ? { os: [os] } : {}),
    ...(cpu ? { cpu: [cpu] } : {}),
    ...(libc ? { libc: [libc] } : {}),
  };
}

/** Optional dependencies the lock names but does not record; returns the entries to add. */
export function missingPlatformEntries(lock: Lock): Record<string, LockEntry> {
  const added: Record<string, LockEntry> = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const key = `node_modules/${dep}`;
      const nested = `${path}/node_modules/${dep}`;
      if (lock.packages[key] || lock.packages[nested] || added[key]) continue;
      const platform = platformOf(dep);
      if (!platform.os && !platform.cpu) continue; // not a platform build: leave it to npm
      added[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    }
  }
  return added;
}
