/**
 * The profile, in a Fluent Panel: loaded on demand (its own chunk), so the directory's entry
 * bundle stays small. Focus is trapped while it is open; Esc or the close button closes it, and
 * the caller returns focus to the card that opened it.
 */
import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { useIdPrefix } from '../../../components/common/ids';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import type { VCardContact } from '../../../components/ContactActions/vCard';
import { PersonAvatar } from '../../../components/PersonAvatar';
import { PresentedText, WithheldNotice } from '../../../components/PresentedText';
import type { Channel } from '../../../domain/neutrality/channels';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { isWithheld, plainText, shownText, type Presented } from '../../../domain/neutrality/screened';
import { presentBuilt, type ViewScreen } from '../../../domain/neutrality/views';
import { format, strings } from '../loc/ui/strings';
import { MEMBERSHIP_GROUPS, portfolioText, roleOfBodyText, type MembershipGroup, type MembershipView, type PersonView } from '../model/directoryView';
import type { MemberEditing } from './editing';
import { HistoryButton, LastUpdated } from '../../../components/History';
import { OwnRequests, SuggestChangeButton, useRequests } from './OwnProfile';
import type { ProfileSelfService } from './selfService';
import styles from './ProfilePanel.module.scss';
import common from './MemberProfiles.module.scss';

export interface IProfilePanelProps {
  /** The councillor shown; undefined closes the panel. */
  person: PersonView | undefined;
  channel: Channel;
  /** The directory's screen: text the profile puts together (its contact card) is screened by it too. */
  screen: ViewScreen;
  onDismiss: () => void;
  /** After the close animation: return focus here. */
  onDismissed: () => void;
  /** Asked only when a statement was withheld by the screen: editors see what was found. */
  canEdit: () => Promise<boolean>;
  /** The theme's colours as CSS variables: the panel renders outside the web part's element. */
  themeStyle: React.CSSProperties;
  /** Edit, for those SharePoint lets edit the Members (and Political Groups) lists. */
  editing?: MemberEditing;
  /** A councillor's own profile ("Suggest a change", their requests), the "last updated" line and, for editors, the history. */
  self?: ProfileSelfService;
}

const GROUP_HEADINGS: Record<MembershipGroup, string> = {
  cabinet: strings.profileCabinet,
  committee: strings.profileCommittees,
  workingParty: strings.profileWorkingParties,
  taskGroup: strings.profileTaskGroups,
  additional: strings.profileAdditional,
  outside: strings.profileOutside
};

/** Details of a record that may be withheld, in the order the profile shows them. */
const WITHHELD_DETAILS: ReadonlyArray<[string, string]> = [
  ['wardId', strings.profileWard],
  ['termStart', strings.profileTerm],
  ['termEnd', strings.profileTerm],
  ['email', strings.profileEmail],
  ['phone', strings.profilePhone],
  ['mobile', strings.profileMobile],
  ['postalAddress', strings.profileAddress],
  ['photoUrl', strings.profilePhoto],
  ['skills', strings.profileSkills]
];

function datesOf(m: { startDate?: string; endDate?: string }): string {
  if (m.startDate && m.endDate) return format(strings.fromTo, { from: formatUkDate(m.startDate), to: formatUkDate(m.endDate) });
  if (m.startDate) return format(strings.since, { date: formatUkDate(m.startDate) });
  if (m.endDate) return format(strings.until, { date: formatUkDate(m.endDate) });
  return '';
}

/** What the councillor is on the body, in the council's words. */
function membershipText(screen: ViewScreen, m: MembershipView): Presented[] {
  switch (m.group) {
    case 'cabinet':
      return m.role === 'Portfolio Holder' && m.portfolio
        ? [portfolioText(screen, m.portfolio)]
        : [m.roleLabel, ...(m.portfolio ? [portfolioText(screen, m.portfolio)] : [])];
    case 'additional':
      return [m.roleLabel];
    default:
      return [roleOfBodyText(screen, m.roleLabel, m.bodyTitle)];
  }
}

/** The contact card: every value screened, the ones the product puts together screened as a whole. */
export function vCardFor(screen: ViewScreen, p: PersonView): VCardContact {
  return {
    formattedName: p.name,
    givenName: p.givenName,
    familyName: p.familyName,
    honorificPrefix: presentBuilt(screen, [], () => 'Cllr'),
    title: p.wardTitle !== undefined ? presentBuilt(screen, [p.wardTitle], ([w]) => format(strings.vCardTitle, { ward: w })) : undefined,
    email: p.email,
    workPhone: p.phone,
    mobile: p.mobile,
    address: p.address
  };
}

function Statement(props: { person: PersonView; channel: Channel; canEdit: () => Promise<boolean> }): JSX.Element | null {
  const { statement } = props.person;
  const px = useIdPrefix();
  const [editor, setEditor] = React.useState(false);
  const withheld = statement !== undefined && isWithheld(statement) ? statement : undefined;
  const screened = withheld?.reason === 'screening';
  React.useEffect(() => {
    let live = true;
    setEditor(false);
    if (screened) props.canEdit().then((can) => live && setEditor(can), () => undefined);
    return () => {
      live = false;
    };
  }, [props.person.id, screened]);
  if (statement === undefined) return null;
  return (
    <section className={styles.section} aria-labelledby={`${px}-profile-about`}>
      <h3 id={`${px}-profile-about`}>{strings.profileAbout}</h3>
      {!withheld ? (
        <PresentedText value={statement} canEdit={false} className={styles.statement} />
      ) : (
        <div className={styles.withheld}>
          {screened && props.channel === 'officer-owned' && <p className={styles.withheldTitle}>{strings.profileStatementWithheld}</p>}
          {/* Editors are told which rule the statement broke, never its words (they would be on the page). */}
          <WithheldNotice withheld={withheld} canEdit={editor} />
        </div>
      )}
    </section>
  );
}

/** Details not shown because they are invalid: a notice in their place; for editors, why. */
function WithheldDetails(props: { person: PersonView; canEdit: () => Promise<boolean> }): JSX.Element | null {
  const { withheld } = props.person;
  const shown = WITHHELD_DETAILS.filter(([field]) => withheld[field]);
  const [editor, setEditor] = React.useState(false);
  const any = shown.length > 0;
  React.useEffect(() => {
    let live = true;
    if (any) props.canEdit().then((can) => live && setEditor(can), () => undefined);
    return () => {
      live = false;
    };
  }, [props.person.id, any]);
  if (!any) return null;
  return (
    <dl className={styles.facts}>
      {shown.map(([field, label]) => (
        <React.Fragment key={field}>
          <dt>{label}</dt>
          <dd>
            <WithheldNotice withheld={withheld[field]} canEdit={editor} inline={true} />
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}

function ProfileBody(props: {
  person: PersonView;
  channel: Channel;
  screen: ViewScreen;
  canEdit: () => Promise<boolean>;
  editing?: MemberEditing;
  self?: ProfileSelfService;
  themeStyle: React.CSSProperties;
}): JSX.Element {
  const p = props.person;
  const px = useIdPrefix();
  const { self } = props;
  const own = !!self?.isOwn(p.id);
  const requests = useRequests(self, own);
  const [sent, setSent] = React.useState(0);
  const [copied, setCopied] = React.useState(false);
  const groups = MEMBERSHIP_GROUPS.map((g) => ({ group: g, items: p.memberships.filter((m) => m.group === g) })).filter((g) => g.items.length > 0);
  const copy = (): void => {
    const done = (): void => setCopied(true);
    navigator.clipboard?.writeText(window.location.href).then(done, done);
  };
  React.useEffect(() => setCopied(false), [p.id]);
  const editing = props.editing;
  const partyWebsite = shownText(p.partyWebsite);
  return (
    <div className={styles.profile}>
      {editing?.rights.member?.edit && (
        <p>
          <EditButton label={format(strings.editProfile, { name: plainText(p.name) })} onClick={() => editing.open({ kind: 'member', id: p.id, name: plainText(p.name) })} />
        </p>
      )}
      {own && self && requests && (
        <SuggestChangeButton memberId={p.id} name={plainText(p.name)} self={self} requests={requests} themeStyle={props.themeStyle} onSent={() => setSent((n) => n + 1)} />
      )}
      <div className={styles.identity}>
        <PersonAvatar name={p.name} photoUrl={p.photoUrl} size={96} decorative={false} />
        <div className={styles.identityText}>
        <PresentedText value={p.formalName} canEdit={false} className={styles.formalName} />
        <dl className={styles.facts}>
          {p.wardTitle !== undefined && (
            <>
              <dt>{strings.profileWard}</dt>
              <dd>
                <PresentedText value={p.wardTitle} canEdit={false} inline={true} />
              </dd>
            </>
          )}
          {p.party && (
            <>
              <dt>{strings.profileGroup}</dt>
              <dd>
                <PresentedText value={p.party.name} canEdit={false} inline={true} />
                {editing?.rights.politicalGroup?.edit && p.party && (
                  <>
                    {' '}
                    <EditButton
                      label={format(strings.editGroup, { group: plainText(p.party.name) })}
                      onClick={() => p.party && editing.open({ kind: 'politicalGroup', id: p.party.id, name: plainText(p.party.name) })}
                    />
                  </>
                )}
                {partyWebsite && /^https:\/\//i.test(partyWebsite) && (
                  <>
                    {' '}
                    <a href={partyWebsite} target="_blank" rel="noopener noreferrer">
                      {strings.profilePartyWebsite}
                    </a>
                  </>
                )}
              </dd>
            </>
          )}
          {(p.termStart || p.termEnd) && (
            <>
              <dt>{strings.profileTerm}</dt>
              <dd>{datesOf({ startDate: p.termStart, endDate: p.termEnd })}</dd>
            </>
          )}
        </dl>
        </div>
      </div>

      <section className={styles.section} aria-labelledby={`${px}-profile-contact`}>
        <h3 id={`${px}-profile-contact`}>{strings.profileContact}</h3>
        <ContactActions name={p.name} email={p.email} phone={p.phone} mobile={p.mobile} teamsUser={p.email} vCard={vCardFor(props.screen, p)} />
        <WithheldDetails person={p} canEdit={props.canEdit} />
        {p.address !== undefined && (
          <p className={styles.address}>
            <span className={styles.label}>{strings.profileAddress}: </span>
            <PresentedText value={p.address} canEdit={false} inline={true} />
          </p>
        )}
        <p>
          <button type="button" className={common.linkButton} onClick={copy}>
            {strings.profileCopyLink}
          </button>{' '}
          <span aria-live="polite">{copied ? strings.profileLinkCopied : ''}</span>
        </p>
      </section>

      <Statement person={p} channel={props.channel} canEdit={props.canEdit} />

      {groups.length === 0 ? (
        <p>{strings.profileNoRoles}</p>
      ) : (
        groups.map(({ group, items }) => (
          <section key={group} className={styles.section} aria-labelledby={`${px}-profile-${group}`}>
            <h3 id={`${px}-profile-${group}`}>{GROUP_HEADINGS[group]}</h3>
            <ul className={styles.roles}>
              {items.map((m) => {
                const [main, ...rest] = membershipText(props.screen, m);
                const dates = datesOf(m);
                return (
                  <li key={m.id}>
                    <PresentedText value={main} canEdit={false} inline={true} className={styles.roleMain} />
                    {rest.map((r, i) => (
                      <PresentedText key={i} value={r} canEdit={false} inline={true} className={styles.roleExtra} />
                    ))}
                    {dates && <span className={styles.dates}>{dates}</span>}
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      )}

      <section className={styles.section} aria-labelledby={`${px}-profile-skills`}>
        <h3 id={`${px}-profile-skills`}>{strings.profileSkills}</h3>
        {p.skills.length ? (
          <ul className={styles.skills}>
            {p.skills.map((s, i) => (
              <li key={i}>
                <PresentedText value={s} canEdit={false} inline={true} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{strings.profileNoSkills}</p>
        )}
      </section>

      {own && requests && <OwnRequests requests={requests} version={sent} className={styles.section} />}
      <LastUpdated modified={self?.modified(p.id)} />
      {editing?.rights.member?.edit && self?.readHistory && (
        <HistoryButton key={p.id} kind="member" load={() => self.readHistory?.(p.id) ?? Promise.resolve([])} what={format(strings.historyOf, { name: plainText(p.name) })} idPrefix={`${px}-profile-${p.id}`} />
      )}
    </div>
  );
}

/** No sliding or fading for those who ask their system for less motion. */
const REDUCED_MOTION = { selectors: { '@media (prefers-reduced-motion: reduce)': { animation: 'none', transition: 'none' } } };
/**
 * Fluent draws its focus rings only once its FocusRects have seen a key press on the page, which a
 * SharePoint page (or the workbench) may never set up: the close button draws its own.
 */
const CLOSE_FOCUS = { selectors: { ':focus-visible': { outline: '2px solid var(--cd-focus, #000000)', outlineOffset: '2px' } } };
const PANEL_STYLES = { main: REDUCED_MOTION, overlay: REDUCED_MOTION, subComponentStyles: { closeButton: { root: CLOSE_FOCUS } } };

export default function ProfilePanel(props: IProfilePanelProps): JSX.Element {
  // Keep showing the last person while the panel animates closed.
  const last = React.useRef<PersonView | undefined>(props.person);
  if (props.person) last.current = props.person;
  const person = props.person ?? last.current;
  return (
    <Panel
      isOpen={!!props.person}
      onDismiss={props.onDismiss}
      onDismissed={props.onDismissed}
      type={PanelType.medium}
      styles={PANEL_STYLES}
      isLightDismiss={true}
      headerText={person ? plainText(person.name) : undefined}
      headerTextProps={{ 'aria-level': 2 } as React.HTMLAttributes<HTMLDivElement>}
      closeButtonAriaLabel={strings.closeProfile}
      // Focus goes back where the caller says (the card that opened the profile), not where Fluent guesses.
      focusTrapZoneProps={{ disableRestoreFocus: true }}
      popupProps={{ shouldRestoreFocus: false }}
      // A click in a layer opened over the profile (the editor, its dialogs) is not a click away from it.
      onOuterClick={(ev?: React.MouseEvent<HTMLDivElement>) => {
        const target = ev?.target as Element | null | undefined;
        if (!target?.closest?.('.ms-Layer')) props.onDismiss();
      }}
    >
      <div style={props.themeStyle} className={styles.content} data-member-profile={person?.id}>
        {person && (
          <ProfileBody
            person={person}
            channel={props.channel}
            screen={props.screen}
            canEdit={props.canEdit}
            editing={props.editing}
            self={props.self}
            themeStyle={props.themeStyle}
          />
        )}
      </div>
    </Panel>
  );
}
