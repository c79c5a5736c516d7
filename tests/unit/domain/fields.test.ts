import { z } from 'zod';
import { email, httpsUrl, imageUrl, isoDate, itemId, longText, normaliseUkPhone, splitTags, tagList, text, toTelUri, ukPhone } from '../../../src/domain/fields';

function errorOf(schema: z.ZodTypeAny, value: unknown): string | undefined {
  const r = schema.safeParse(value);
  return r.success ? undefined : r.error.issues[0].message;
}

describe('UK phone numbers', () => {
  it.each([
    ['01788 533522', '01788 533522'],
    ['01788533522', '01788 533522'],
    ['+44 1788 533522', '01788 533522'],
    ['+44 (0)1788 533522', '01788 533522'],
    ['0044 1788 533522', '01788 533522'],
    ['07700 900123', '07700 900123'],
    ['07700-900-123', '07700 900123'],
    ['020 7946 0018', '020 7946 0018'],
    ['0207 946 0018', '020 7946 0018'],
    ['0121 496 0000', '0121 496 0000'],
    ['0300 123 4567', '0300 123 4567'],
    ['0800 123 4567', '0800 123 4567']
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseUkPhone(input)).toBe(expected);
    expect(ukPhone('Phone').parse(input)).toBe(expected);
  });

  it.each(['12345', '01788 5335', '+1 202 555 0100', '07700 9001234', '0900 123 4567', '07600 900123', 'phone me', '', '04 1234 5678'])(
    'refuses %p with a message that names the field and gives an example',
    (input) => {
      expect(errorOf(ukPhone('Mobile'), input)).toBe('Mobile must be a UK phone number, like 01788 533522 or 07700 900123.');
    }
  );

  it('makes a dialable tel: link', () => {
    expect(toTelUri('01788 533522')).toBe('tel:+441788533522');
  });
});

describe('email addresses', () => {
  it('accepts and lower-cases a council address', () => {
    expect(email('Council email').parse(' Jane.Smith@Rugby.gov.uk ')).toBe('jane.smith@rugby.gov.uk');
  });
  it.each(['jane', 'jane@', '@rugby.gov.uk', 'jane smith@rugby.gov.uk', 'jane@rugby', 'jane@@rugby.gov.uk', 'jane@rugby..gov.uk'])(
    'refuses %p',
    (input) => {
      expect(errorOf(email('Council email'), input)).toBe('Council email must be an email address, like name@rugby.gov.uk.');
    }
  );
  it('refuses an address longer than 254 characters', () => {
    expect(errorOf(email('Email'), `${'a'.repeat(250)}@x.uk`)).toBe('Email must be 254 characters or fewer.');
  });
});

describe('https links', () => {
  it('accepts https', () => {
    expect(httpsUrl('Web page').parse('https://www.rugby.gov.uk/councillors')).toBe('https://www.rugby.gov.uk/councillors');
  });
  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http://www.rugby.gov.uk',
    'https://user:pass@evil.example',
    '//evil.example/x',
    'www.rugby.gov.uk',
    'https://'
  ])('refuses %p', (input) => {
    expect(errorOf(httpsUrl('Web page'), input)).toBe('Web page must be a web address starting with https://, like https://www.rugby.gov.uk.');
  });
  it('accepts a photo on the same site, but not a protocol-relative or script address', () => {
    expect(imageUrl('Photo').parse('/sites/council/SiteAssets/photos/1.svg')).toBe('/sites/council/SiteAssets/photos/1.svg');
    expect(errorOf(imageUrl('Photo'), '//evil.example/x.png')).toMatch(/^Photo must be a picture on this SharePoint site/);
    expect(errorOf(imageUrl('Photo'), 'javascript:alert(1)')).toMatch(/^Photo must be/);
    expect(errorOf(imageUrl('Photo'), '/x" onerror="alert(1)')).toMatch(/^Photo must be/);
  });
});

describe('dates', () => {
  it('accepts ISO dates and trims SharePoint date-times', () => {
    expect(isoDate('Start date').parse('2024-05-02')).toBe('2024-05-02');
    expect(isoDate('Start date').parse('2024-05-02T00:00:00Z')).toBe('2024-05-02');
    expect(isoDate('Start date').parse('2024-02-29')).toBe('2024-02-29');
  });
  it.each(['2023-02-29', '2024-13-01', '2024-04-31', '02/05/2024', '2 May 2024', '', '1800-01-01'])('refuses %p', (input) => {
    expect(errorOf(isoDate('Start date'), input)).toBe('Start date must be a real date, written like 2024-05-02.');
  });
});

describe('text, ids and tags', () => {
  it('trims text, requires it, limits its length and keeps it to one line', () => {
    expect(text('Ward name', 10).parse('  Benn  ')).toBe('Benn');
    expect(errorOf(text('Ward name', 10), '   ')).toBe('Ward name is required.');
    expect(errorOf(text('Ward name', 10), 'Abcdefghijk')).toBe('Ward name must be 10 characters or fewer.');
    expect(errorOf(text('Ward name', 100), 'Benn\nWard')).toBe('Ward name must be on one line.');
    expect(errorOf(text('Ward name'), 12)).toBe('Ward name must be text.');
    expect(errorOf(text('Ward name'), undefined)).toBe('Ward name is required.');
    expect(errorOf(longText('About me', 5), 'abcdef')).toBe('About me must be 5 characters or fewer.');
  });
  it('requires list item ids to be positive whole numbers', () => {
    expect(itemId('Ward').parse(3)).toBe(3);
    expect(errorOf(itemId('Ward'), 0)).toBe('Ward must be a list item number (1 or more).');
    expect(errorOf(itemId('Ward'), 1.5)).toBe('Ward must be a whole number.');
    expect(errorOf(itemId('Ward'), '3')).toBe('Ward must be a list item number.');
  });
  it('tidies tag lists and limits them', () => {
    expect(tagList('Skills').parse([' Planning ', 'planning', '', 'Finance  and audit'])).toEqual(['Planning', 'Finance and audit']);
    expect(errorOf(tagList('Skills', 2), ['a', 'b', 'c'])).toBe('Skills can hold at most 2 entries.');
    expect(errorOf(tagList('Skills', 5, 3), ['abcd'])).toBe('Each entry in Skills must be 3 characters or fewer.');
    expect(splitTags('a\r\nb\n\n c ')).toEqual(['a', 'b', 'c']);
    expect(splitTags('bins, fly-tipping', /,/)).toEqual(['bins', 'fly-tipping']);
    expect(splitTags(null)).toEqual([]);
  });
});
