/**
 * Lets plain TypeScript (tsc, vitest) import .astro components, which chart
 * downloads and the SVG snapshot tests render through Astro's container API.
 * `astro check` resolves .astro files itself; this only applies where it does not.
 */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
