import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { IdPrefix, useInstancePrefix } from '../../../components/common/ids';
import { loadMessages } from '../../../components/LoadStatus/messages';
import { SkipLinks } from '../../../components/SkipLinks';
import { LazyStatusMessage } from '../../../components/StatusMessage/LazyStatusMessage';
import { themeVariables } from '../../../components/theme';
import { strings } from '../loc/ui/strings';
import type { IMemberProfilesProps } from './IMemberProfilesProps';
import { MemberDirectoryApp } from './MemberDirectoryApp';
import styles from './MemberProfiles.module.scss';

/**
 * The Member Profiles root: every current councillor, by name, ward, committee and role, with
 * their profile. On an officer page (the default) it renders through the officer-channel
 * projection, so no party-political field reaches the page.
 */
export function MemberProfiles(props: IMemberProfilesProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme}>
      <Themed {...props} />
    </ThemeProvider>
  );
}

function Themed(props: IMemberProfilesProps): JSX.Element {
  const theme = useTheme();
  const style = React.useMemo(() => themeVariables(theme), [theme]);
  const px = useInstancePrefix('mp');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const headingId = `${px}-heading`;
  const title = props.title ?? strings.title;
  const { repository } = props;

  return (
    <IdPrefix.Provider value={px}>
      <section aria-labelledby={headingId} className={styles.root} style={style}>
        <SkipLinks
          label={strings.skipLinksLabel}
          links={[
            { label: strings.skipToSearch, targetId: `${px}-search` },
            { label: strings.skipPast, targetId: `${px}-end` }
          ]}
        />
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={title.trim() ? undefined : styles.visuallyHidden}>
          {title.trim() || strings.title}
        </h2>
        {props.configurationProblem || !repository ? (
          <LazyStatusMessage kind="warning" title={loadMessages.notConfiguredTitle} message={props.configurationProblem || ''} />
        ) : (
          <MemberDirectoryApp repository={repository} themeStyle={style} headingRef={headingRef} />
        )}
        <span id={`${px}-end`} tabIndex={-1} />
      </section>
    </IdPrefix.Provider>
  );
}
