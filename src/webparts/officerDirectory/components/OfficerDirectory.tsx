import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { PnPOfficerDirectoryRepository } from '../../../data/officers/PnPOfficerDirectoryRepository';
import { strings } from '../loc/ui/strings';
import { DirectoryApp } from './DirectoryApp';
import { IdPrefix, useInstancePrefix } from './ids';
import { InlineStatus } from './InlineStatus';
import type { IOfficerDirectoryProps } from './IOfficerDirectoryProps';
import { LazyStatusMessage } from './LazyStatusMessage';
import { themeVariables } from './themeVariables';
import styles from './OfficerDirectory.module.scss';

/**
 * The Officer Directory root: always an officer-owned channel. Councillors find the liaison
 * officer for a topic; everyone can browse services and search the officer directory.
 */
export function OfficerDirectory(props: IOfficerDirectoryProps): JSX.Element {
  const { sp, siteUrl } = props;
  const repository = React.useMemo(
    () => props.repository ?? (sp ? new PnPOfficerDirectoryRepository(sp, { siteUrl }) : undefined),
    [props.repository, sp, siteUrl]
  );
  return (
    <ThemeProvider theme={props.theme}>
      <Themed>
        {(prefix) => (
          <>
            <h2 id={`${prefix}-heading`}>{strings.title}</h2>
            {props.configurationProblem ? (
              <LazyStatusMessage kind="warning" title={strings.notConfiguredTitle} message={props.configurationProblem} />
            ) : !repository ? (
              <InlineStatus>
                <strong>{strings.noSiteTitle}</strong> {strings.noSiteMessage(siteUrl)}
              </InlineStatus>
            ) : (
              <DirectoryApp repository={repository} />
            )}
          </>
        )}
      </Themed>
    </ThemeProvider>
  );
}

/** The themed, labelled section, with ids unique to this instance. */
function Themed(props: { children: (prefix: string) => React.ReactNode }): JSX.Element {
  const theme = useTheme();
  const prefix = useInstancePrefix();
  const style = React.useMemo(() => themeVariables(theme), [theme]);
  return (
    <IdPrefix.Provider value={prefix}>
      <section className={styles.root} style={style} aria-labelledby={`${prefix}-heading`}>
        {props.children(prefix)}
      </section>
    </IdPrefix.Provider>
  );
}
