import * as React from 'react';
import { ThemeProvider, useTheme } from '@fluentui/react/lib/Theme';
import { MemberDirectoryRepository } from '../../../data/members/MemberDirectoryRepository';
import type { IMemberDirectoryRepository } from '../../../data/members/types';
import { format, strings } from '../loc/ui/strings';
import type { IMemberProfilesProps } from './IMemberProfilesProps';
import { MemberDirectoryApp } from './MemberDirectoryApp';
import { LazyStatusMessage } from './LazyStatusMessage';
import { IdPrefix, nextIdPrefix } from './ids';
import { themeStyle } from './themeStyle';
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
  const style = React.useMemo(() => themeStyle(theme), [theme]);
  const [idPrefix] = React.useState(nextIdPrefix);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const { sp, channel } = props;
  const repository: IMemberDirectoryRepository | undefined = React.useMemo(
    () => props.repository ?? (sp ? new MemberDirectoryRepository(sp, channel) : undefined),
    [props.repository, sp, channel]
  );
  const headingId = `${idPrefix}-heading`;

  let content: JSX.Element;
  if (props.configurationProblem) {
    content = <LazyStatusMessage kind="warning" title={strings.notConfiguredTitle} message={props.configurationProblem} />;
  } else if (!repository) {
    content = (
      <LazyStatusMessage
        title={strings.notConnectedTitle}
        message={format(strings.notConnectedMessage, {
          siteUrl: props.siteUrl,
          channelNote: channel === 'officer-owned' ? strings.officerPageNote : strings.memberPageNote
        })}
      />
    );
  } else {
    content = <MemberDirectoryApp repository={repository} channel={channel} themeStyle={style} headingRef={headingRef} />;
  }

  return (
    <IdPrefix.Provider value={idPrefix}>
      <section aria-labelledby={headingId} className={styles.root} style={style}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {strings.title}
        </h2>
        {content}
      </section>
    </IdPrefix.Provider>
  );
}
