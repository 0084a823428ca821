/**
 * The one script a reading page carries: the inline few bytes that remember
 * 长辈版 (src/components/CareToggle.astro). Tests that hold reading pages to
 * "no script" take it out first; tests/reading.build.test.ts holds it to its
 * size and to being the same bytes on every page.
 */
export const CARE_MEMORY = /<script>\(function\(\)\{var b=document\.getElementById\('care-mode'\)[\s\S]*?<\/script>/;

export function withoutCareMemory(html: string): string {
  return html.replace(CARE_MEMORY, '');
}
