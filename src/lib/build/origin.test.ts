import { describe, expect, it } from 'vitest';
import { originProblem } from './origin.ts';

describe('the origin a build publishes under (SITE_URL)', () => {
  it('warns a local build without it, naming what would carry localhost', () => {
    const p = originProblem({}, []);
    expect(p).toMatchObject({ fatal: false });
    expect(p?.message).toMatch(/canonical links, the sitemap, robots\.txt, the feed, embed codes and every data URL name http:\/\/localhost:4321/);
  });

  it('stops a production build without it, and any build with a sub-path or another scheme in it', () => {
    expect(originProblem({ NODE_ENV: 'production' }, [])).toMatchObject({ fatal: true });
    expect(originProblem({}, ['node', 'build.ts', '--production'])).toMatchObject({ fatal: true });
    expect(originProblem({ SITE_URL: 'https://www.example.gov.cn/gk/' }, [])?.message).toMatch(/SITE_BASE=\/gk\/zrmb\//);
    expect(originProblem({ SITE_URL: 'javascript:alert(1)' }, [])).toMatchObject({ fatal: true });
  });

  it('says nothing about a portal origin', () => {
    expect(originProblem({ SITE_URL: 'https://www.example.gov.cn', NODE_ENV: 'production' }, [])).toBeNull();
    expect(originProblem({ SITE_URL: 'https://www.example.gov.cn/' }, [])).toBeNull();
  });
});
