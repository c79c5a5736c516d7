import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { StatusMessage } from '../../../components/StatusMessage';
import type { IMemberProfilesProps } from './IMemberProfilesProps';

/**
 * The Member Profiles root. The directory itself arrives with the Member Profiles issue; until
 * then it says honestly what it needs rather than showing anything made up.
 */
export function MemberProfiles(props: IMemberProfilesProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <section aria-labelledby="member-profiles-heading">
        <h2 id="member-profiles-heading">Member Profiles</h2>
        {props.configurationProblem ? (
          <StatusMessage kind="warning" title="Not configured." message={props.configurationProblem} />
        ) : (
          <StatusMessage
            title="No councillors to show yet."
            message={`The member directory reads the Members list on ${props.siteUrl}. ${
              props.channel === 'officer-owned'
                ? 'This is an officer page, so political parties will not be shown.'
                : "This is the members' own page, so each councillor's declared party will be shown."
            }`}
          />
        )}
      </section>
    </ThemeProvider>
  );
}
