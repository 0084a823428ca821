/**
 * The top-level folders the site builds for itself. A jurisdiction's id is a
 * top-level folder too (/heze/), so seeds/jurisdictions.json may not use one
 * of these: the two would write into the same pages.
 */
export const SITE_FOLDERS: readonly string[] = ['charts', 'data', 'data-quality', 'embed', 'pagefind', 'search'];

/** What a jurisdiction id must look like: it is the first segment of every permalink in that place. */
export const JURISDICTION_ID = /^[a-z][a-z0-9-]*$/;
