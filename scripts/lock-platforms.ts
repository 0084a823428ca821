/**
 * npm run lock:platforms — after `npm install`, records every platform's native
 * builds in package-lock.json (src/lib/build/lock-platforms.ts says why).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { missingPlatformEntries, type Lock } from '../src/lib/build/lock-platforms.ts';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const added = missingPlatformEntries(lock);
const sorted = Object.fromEntries(Object.entries({ ...lock.packages, ...added }).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(`lock:platforms: recorded ${Object.keys(added).length} platform package(s): ${Object.keys(added).join(', ') || 'none missing'}`);
