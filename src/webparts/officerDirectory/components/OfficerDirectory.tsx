import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import { StatusMessage } from '../../../components/StatusMessage';
import type { IOfficerDirectoryProps } from './IOfficerDirectoryProps';

/**
 * The Officer Directory root: always an officer-owned channel. The directory and the liaison
 * officer finder arrive with their own issue; until then it says what it needs.
 */
export function OfficerDirectory(props: IOfficerDirectoryProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <section aria-labelledby="officer-directory-heading">
        <h2 id="officer-directory-heading">Officer Directory</h2>
        {props.configurationProblem ? (
          <StatusMessage kind="warning" title="Not configured." message={props.configurationProblem} />
        ) : (
          <StatusMessage
            title="No officers to show yet."
            message={`The officer directory reads the Officers, Service Areas and Liaison Officers lists on ${props.siteUrl}.`}
          />
        )}
      </section>
    </ThemeProvider>
  );
}
