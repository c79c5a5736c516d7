/**
 * "Suggest a change": a councillor's own profile form, loaded on demand. It is the editors' own
 * member form (src/editing/forms/MemberEditor), limited to what a councillor may change, in their
 * words, validated and screened as they type exactly as Democratic Services' saves are; sending it
 * adds a change request (with the version of the profile it was made on) instead of saving.
 */
import * as React from 'react';
import type { IDirectoryEditor, ProfileCopy } from '../data/editing/types';
import { MEMBER_OWN_FIELDS, type IChangeRequests, type MemberOwnField } from '../data/requests/types';
import { CopyStatus, useFreshCopy } from '../editing/CopyStatus';
import { EditorFrame } from '../editing/EditorFrame';
import { MemberEditor, type SelfServiceForm } from '../editing/forms/MemberEditor';
import { MEMBER_FIELDS } from '../editing/form/fieldDefs';
import type { EditorChoices, EditorOutcome } from '../editing/types';
import { requestingEditor } from './editors';
import { strings } from './strings';

export interface ISuggestChangeProps {
  editor: Promise<IDirectoryEditor>;
  requests: Promise<IChangeRequests>;
  memberId: number;
  /** "Cllr Daniel Kowalski". */
  name: string;
  choices: EditorChoices;
  prefix: string;
  themeStyle?: React.CSSProperties;
  /** saved: a request was sent. */
  onClose: (outcome: EditorOutcome) => void;
}

const WORDS: SelfServiceForm['words'] = {
  skills: { label: strings.mySkills, hint: strings.mySkillsHint },
  biography: { label: strings.myAbout, hint: strings.myAboutHint },
  publishPhone: { label: strings.myPhone },
  publishMobile: { label: strings.myMobile },
  publishAddress: { label: strings.myAddress }
};

const FORM: SelfServiceForm = { fields: MEMBER_OWN_FIELDS, words: WORDS, saveText: strings.send, doneWhat: strings.sent };

export const labelOf = (field: MemberOwnField): string => WORDS[field]?.label ?? (field === 'photoUrl' ? 'Photo' : MEMBER_FIELDS[field]?.label ?? field);

type Ready = { editor: IDirectoryEditor; copy: ProfileCopy };

export default function SuggestChange(props: ISuggestChangeProps): JSX.Element {
  const [dirty, setDirty] = React.useState(false);
  const sent = React.useRef(false);

  const { loaded, tryAgain } = useFreshCopy<Ready>(async () => {
    const editor = await props.editor;
    // The profile as it is now, with its version: the request is checked against it when approved.
    const member = await editor.read('member', props.memberId);
    const requesting = requestingEditor(editor, {
      requests: props.requests,
      memberId: props.memberId,
      memberName: props.name,
      copy: member,
      labelOf,
      onSent: (s) => {
        sent.current = s;
      }
    });
    return { editor: requesting, copy: { member, memberships: [] } };
  });

  return (
    <EditorFrame heading={strings.suggestHeading} isOpen={true} dirty={dirty} onClose={() => props.onClose({ saved: false })} themeStyle={props.themeStyle}>
      <CopyStatus status={loaded.status} loading={strings.loadingProfile} failed={strings.loadFailed} tryAgain={strings.tryAgain} onTryAgain={tryAgain} />
      {loaded.status === 'ready' && (
        <>
          <p>{strings.suggestIntro}</p>
          <MemberEditor
            editor={loaded.editor}
            memberId={props.memberId}
            name={props.name}
            copy={loaded.copy}
            choices={props.choices}
            prefix={props.prefix}
            selfService={FORM}
            onDirty={setDirty}
            onClose={(outcome) => props.onClose(sent.current ? outcome : { saved: false, what: strings.nothingChanged })}
          />
        </>
      )}
    </EditorFrame>
  );
}
