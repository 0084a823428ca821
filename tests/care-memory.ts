/**
 * The scripts a reading page carries: the inline few bytes that remember
 * 长辈版 (src/components/CareToggle.astro) and, under a citation, the line that
 * writes the reader's access date (src/components/CiteAndFollow.astro). Tests
 * that hold reading pages to "no script" take them out first;
 * tests/reading.build.test.ts holds them to their size and to being the same
 * bytes on every page.
 */
export const CARE_MEMORY = /<script>\(function\(\)\{var b=document\.getElementById\('care-mode'\)[\s\S]*?<\/script>/;
export const ACCESS_DATE = /<script>\(function\(\)\{var e=document\.querySelector\('\[data-access-date\]'\)[\s\S]*?<\/script>/;

export function withoutCareMemory(html: string): string {
  return html.replace(CARE_MEMORY, '').replace(ACCESS_DATE, '');
}
