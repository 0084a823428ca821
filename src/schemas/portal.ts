/** src/portal.json: the hosting portal's identity, edited by its webmaster. */
import { z } from 'astro/zod';

/** Empty strings mean "not configured": the field is then simply not shown. */
const optionalText = z.string().trim().default('');

/** A site path under public/ (e.g. /conac.png): the site never loads anything from another host. */
const localAsset = z
  .string()
  .trim()
  .regex(/^(|\/(?!\/)[^:?#]*)$/, 'must be empty or a path under public/ starting with /, never another host')
  .default('');

const optionalUrl = z.union([z.literal(''), z.url()]).default('');

export const portalSchema = z.strictObject({
  /** shown in the header and every <title>, and as SiteName; empty: the project's default name */
  siteName: optionalText,
  /** SiteDomain, e.g. www.heze.gov.cn; empty: the host of SITE_URL */
  siteDomain: optionalText,
  /** 主办单位 */
  organizer: optionalText,
  /** 承办单位 (often the office that runs the portal) */
  operator: optionalText,
  contact: z
    .strictObject({
      /** 联系电话 */
      phone: optionalText,
      /** 电子邮箱 */
      email: optionalText,
      /** 通讯地址 */
      address: optionalText,
    })
    .default({ phone: '', email: '', address: '' }),
  /** 网站标识码: ten digits, issued with the site's registration (SiteIDCode) */
  siteIdCode: z
    .string()
    .trim()
    .regex(/^(\d{10})?$/, 'must be empty or the ten-digit 网站标识码')
    .default(''),
  /** ICP备案号, e.g. 鲁ICP备05000000号; links to the MIIT record query */
  icp: optionalText,
  /** 公安机关备案号, e.g. 鲁公网安备 37170202000000号; links to the record by its digits */
  publicSecurity: optionalText,
  /** 党政机关网站标识: the image (served from public/) and the verification page it links to */
  partyGovLogo: z.strictObject({ image: localAsset, href: optionalUrl }).default({ image: '', href: '' }),
  /** 我为政府网站找错 / 纠错 link */
  errorReportUrl: optionalUrl,
  /**
   * the terms the open data is published under, shown on /data/ and in
   * datapackage.json `licenses`: an SPDX id or the portal's own name for them
   * (CC-BY-4.0, 政府信息公开数据使用条款), a title to show, and the page that says them
   */
  dataLicence: z.strictObject({ name: optionalText, title: optionalText, path: optionalUrl }).default({ name: '', title: '', path: '' }),
});

export type Portal = z.infer<typeof portalSchema>;
