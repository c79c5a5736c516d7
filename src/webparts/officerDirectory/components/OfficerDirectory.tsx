import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { IdPrefix, useInstancePrefix } from '../../../components/common/ids';
import { loadMessages } from '../../../components/LoadStatus/messages';
import { SkipLinks } from '../../../components/SkipLinks';
import { LazyStatusMessage } from '../../../components/StatusMessage/LazyStatusMessage';
import { themeVariables } from '../../../components/theme';
import { strings } from '../loc/ui/strings';
import { DirectoryApp } from './DirectoryApp';
import type { IOfficerDirectoryProps } from './IOfficerDirectoryProps';
import { PeopleCardContext } from './peopleCard';
import styles from './OfficerDirectory.module.scss';

/**
 * The Officer Directory root: always an officer-owned channel. Councillors find the liaison
 * officer for a topic; everyone can browse services and search the officer directory.
 */
export function OfficerDirectory(props: IOfficerDirectoryProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <Themed {...props} />
    </ThemeProvider>
  );
}

function Themed(props: IOfficerDirectoryProps): JSX.Element {
  const theme = useTheme();
  const prefix = useInstancePrefix('od');
  const style = React.useMemo(() => themeVariables(theme), [theme]);
  return (
    <IdPrefix.Provider value={prefix}>
      <section className={styles.root} style={style} aria-labelledby={`${prefix}-heading`}>
        <SkipLinks
          label={strings.skipLinksLabel}
          links={[
            { label: strings.skipToSearch, targetId: `${prefix}-topic` },
            { label: strings.skipPast, targetId: `${prefix}-end` }
          ]}
        />
        <h2 id={`${prefix}-heading`}>{strings.title}</h2>
        {props.configurationProblem || !props.repository ? (
          <LazyStatusMessage kind="warning" title={loadMessages.notConfiguredTitle} message={props.configurationProblem || ''} />
        ) : (
          <PeopleCardContext.Provider value={props.peopleCard}>
            <DirectoryApp repository={props.repository} />
          </PeopleCardContext.Provider>
        )}
        <span id={`${prefix}-end`} tabIndex={-1} />
      </section>
    </IdPrefix.Provider>
  );
}
