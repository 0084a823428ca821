import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strings } from '../../i18n/zh-CN.ts';
import { DEFAULT_PORTAL_FILE, parsePortal, publicSecurityUrl, siteDomain, siteNameOf, tel } from './portal.ts';

describe('portal configuration', () => {
  it('reads the shipped src/portal.json', () => {
    const p = parsePortal(JSON.parse(readFileSync(DEFAULT_PORTAL_FILE, 'utf8')), DEFAULT_PORTAL_FILE);
    expect(p.siteIdCode).toMatch(/^(\d{10})?$/);
  });

  it('treats missing fields as empty, so they are not shown', () => {
    const p = parsePortal({ organizer: '菏泽市人民政府办公室' }, 'x.json');
    expect(p).toMatchObject({ organizer: '菏泽市人民政府办公室', icp: '', siteIdCode: '', partyGovLogo: { image: '', href: '' } });
    expect(p.contact).toEqual({ phone: '', email: '', address: '' });
  });

  it('rejects a mistyped field name, a malformed 网站标识码 and a logo from another host, saying where', () => {
    expect(() => parsePortal({ organiser: 'x' }, 'src/portal.json')).toThrow(/src\/portal\.json/);
    expect(() => parsePortal({ siteIdCode: '37170001' }, 'p.json')).toThrow(/siteIdCode/);
    expect(() => parsePortal({ partyGovLogo: { image: 'https://example.org/red.png', href: '' } }, 'p.json')).toThrow(/partyGovLogo\.image/);
    expect(() => parsePortal({ partyGovLogo: { image: '//example.org/red.png', href: '' } }, 'p.json')).toThrow(/partyGovLogo\.image/);
    expect(() => parsePortal({ errorReportUrl: 'zfwzzc.www.gov.cn' }, 'p.json')).toThrow(/errorReportUrl/);
  });

  it('requires a configured logo to exist under public/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-'));
    expect(() => parsePortal({ partyGovLogo: { image: '/red.png', href: '' } }, 'p.json', dir)).toThrow(/not in/);
    writeFileSync(join(dir, 'red.png'), '');
    expect(parsePortal({ partyGovLogo: { image: '/red.png', href: '' } }, 'p.json', dir).partyGovLogo.image).toBe('/red.png');
  });

  it('links a 公安机关备案号 by its digits and takes SiteDomain from the site URL when not set', () => {
    expect(publicSecurityUrl('鲁公网安备 37170202000101号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=37170202000101');
    expect(publicSecurityUrl('备案中')).toBeNull();
    expect(siteDomain({ siteDomain: '' }, 'https://www.heze.gov.cn')).toBe('www.heze.gov.cn');
    expect(siteDomain({ siteDomain: 'gk.heze.gov.cn' }, 'https://www.heze.gov.cn')).toBe('gk.heze.gov.cn');
    expect(tel('0530-1234 567')).toBe('tel:05301234567');
  });

  it('uses the portal’s site name when it gives one', () => {
    expect(siteNameOf({ siteName: '' })).toBe(strings.siteName);
    expect(siteNameOf({ siteName: '  ' })).toBe(strings.siteName);
    expect(siteNameOf({ siteName: '菏泽市政府信息公开' })).toBe('菏泽市政府信息公开');
  });
});
