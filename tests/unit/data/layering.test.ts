/**
 * The lint rules that keep the layering (webparts → data → domain; the React tree free of SPFx
 * and PnPjs; no imports across web part features) catch what they are for: each case is a line
 * of code linted as if it stood in the file named, with .eslintrc.js's own overrides.
 */
import * as path from 'node:path';
import { ESLint } from 'eslint';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const config = require('../../../.eslintrc.js') as { overrides: unknown[] };
const root = path.resolve(__dirname, '../../..');

// ESLint 8's eslintrc options (the installed types describe a later ESLint's flat config).
const eslint = new ESLint({
  cwd: root,
  useEslintrc: false,
  overrideConfig: {
    parser: require.resolve('@typescript-eslint/parser'),
    parserOptions: { ecmaVersion: 2020, sourceType: 'module', ecmaFeatures: { jsx: true } },
    overrides: config.overrides
  }
} as unknown as ConstructorParameters<typeof ESLint>[0]);

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the layering, as lint enforces it', () => {
  it.each([
    ['src/domain/model/ward.ts', "import { LIST_TITLES } from '../../data/lists';"],
    ['src/domain/fields.ts', "import * as React from 'react';"],
    ['src/data/members/project.ts', "import { strings } from '../../webparts/memberProfiles/loc/ui/strings';"],
    ['src/data/core/cache.ts', "import { Spinner } from '@fluentui/react/lib/Spinner';"],
    ['src/components/ShowMore/ShowMore.tsx', "import { strings } from '../../webparts/officerDirectory/loc/ui/strings';"],
    ['src/components/LoadStatus/LoadStatus.tsx', "import { spfi } from '@pnp/sp';"],
    ['src/webparts/memberProfiles/components/MemberCard.tsx', "import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';"],
    ['src/webparts/memberProfiles/components/MemberCard.tsx', "import '@pnp/sp/items';"],
    ['src/webparts/officerDirectory/components/DirectoryApp.tsx', "import { PnPOfficerDirectoryRepository } from '../../../data/officers/PnPOfficerDirectoryRepository';"],
    ['src/webparts/memberProfiles/model/search.ts', "import { fold } from '../../officerDirectory/search/text';"],
    ['src/webparts/officerDirectory/components/OfficerCard.tsx', "import { MemberCard } from '../../memberProfiles/components/MemberCard';"],
    ['src/webparts/officerDirectory/model.ts', "import { spfi } from '@pnp/sp';"]
  ])('%s may not: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
  });

  it.each([
    ['src/webparts/memberProfiles/MemberProfilesWebPart.ts', "import { PnPMemberDirectoryRepository } from '../../data/members/PnPMemberDirectoryRepository';"],
    ['src/webparts/memberProfiles/MemberProfilesWebPart.ts', "import { PropertyPaneDropdown } from '@microsoft/sp-property-pane';"],
    ['src/webparts/memberProfiles/components/MemberCard.tsx', "import { PersonAvatar } from '../../../components/PersonAvatar';"],
    ['src/webparts/officerDirectory/model.ts', "import type { OfficerDirectoryBase } from '../../data/officers/IOfficerDirectoryRepository';"],
    ['src/webparts/officerDirectory/OfficerDirectoryWebPart.ts', "import { spfi } from '@pnp/sp';"],
    ['src/data/officers/firstRoundTrip.ts', "import type { SPFI } from '@pnp/sp';"],
    ['src/data/core/records.ts', "import type { Withheld } from '../../domain/neutrality/screened';"]
  ])('%s may: %s', async (file, code) => {
    expect(await violations(file, code)).toEqual([]);
  });
});
