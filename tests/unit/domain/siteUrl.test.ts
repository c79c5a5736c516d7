import { resolveSiteUrl, siteUrlProblem } from '../../../src/data/siteUrl';

describe('web part site address', () => {
  it('accepts blank, a site path and an https site', () => {
    expect(siteUrlProblem('')).toBe('');
    expect(siteUrlProblem('/sites/directory')).toBe('');
    expect(siteUrlProblem('https://council.sharepoint.com/sites/directory')).toBe('');
  });
  it('refuses http, script and nonsense with a plain reason', () => {
    expect(siteUrlProblem('http://council.sharepoint.com/sites/directory')).toBe('The site address must start with https://.');
    expect(siteUrlProblem('javascript:alert(1)')).toBe('The site address must start with https://.');
    expect(siteUrlProblem('not a url')).toMatch(/^Enter the address of the SharePoint site/);
    expect(siteUrlProblem('https://council.sharepoint.com/Lists/Members')).toMatch(/should be a SharePoint site/);
  });
  it('resolves blank to the page site and paths against it', () => {
    expect(resolveSiteUrl('', 'https://c.sharepoint.com/sites/intranet')).toBe('https://c.sharepoint.com/sites/intranet');
    expect(resolveSiteUrl('/sites/directory/', 'https://c.sharepoint.com/sites/intranet')).toBe('https://c.sharepoint.com/sites/directory');
    expect(resolveSiteUrl('https://c.sharepoint.com/sites/d/', 'https://x')).toBe('https://c.sharepoint.com/sites/d');
  });
});
