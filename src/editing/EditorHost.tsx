/**
 * The editor, loaded on demand (its own chunk) when someone presses Edit: it reads the record's
 * fresh copy — the only request opening a form makes — and shows the form for its kind.
 */
import * as React from 'react';
import { format } from '../components/common/format';
import type { IDirectoryEditor, ProfileCopy, RecordCopy } from '../data/editing/types';
import { CopyStatus, useFreshCopy } from './CopyStatus';
import { EditorFrame } from './EditorFrame';
import { MemberEditor } from './forms/MemberEditor';
import { OfficerEditor } from './forms/OfficerEditor';
import { PreElectionEditor } from './forms/PreElectionEditor';
import { RecordEditor } from './forms/RecordEditor';
import { strings } from './strings';
import type { EditorChoices, EditorOutcome, EditTarget } from './types';

export interface IEditorHostProps {
  /** The editing service (loaded alongside this chunk). */
  editor: Promise<IDirectoryEditor>;
  target: EditTarget;
  choices: EditorChoices;
  /** Ids in the editor start with this (one per web part instance). */
  prefix: string;
  themeStyle?: React.CSSProperties;
  onClose: (outcome: EditorOutcome) => void;
}

type Ready = { editor: IDirectoryEditor; copy: RecordCopy | undefined; profile: ProfileCopy | undefined; copies?: RecordCopy[] };

const HEADINGS: Record<EditTarget['kind'], string> = {
  member: strings.headingMember,
  membership: strings.headingMembership,
  body: strings.headingBody,
  ward: strings.headingWard,
  politicalGroup: strings.headingPoliticalGroup,
  serviceArea: strings.headingServiceArea,
  liaisonOfficer: strings.headingLiaisonOfficer,
  officer: strings.headingOfficer,
  preElectionPeriod: strings.headingPreElection
};

export function headingOf(target: EditTarget): string {
  if (target.kind === 'liaisonOfficer' && target.id === undefined) return format(strings.headingNewLiaisonOfficer, { name: target.name });
  if (target.kind === 'liaisonOfficer' && target.own) return format(strings.headingOwnLiaisonOfficer, { name: target.name });
  return format(HEADINGS[target.kind], { name: target.name });
}

export default function EditorHost(props: IEditorHostProps): JSX.Element {
  const { target } = props;
  const [dirty, setDirty] = React.useState(false);

  const { loaded, tryAgain } = useFreshCopy<Ready>(async () => {
    const editor = await props.editor;
    if (target.kind === 'member') return { editor, copy: undefined, profile: await editor.readProfile(target.id) };
    if (target.kind === 'preElectionPeriod') return { editor, copy: undefined, profile: undefined, copies: await editor.readAll('preElectionPeriod') };
    if (target.id === undefined) return { editor, copy: undefined, profile: undefined };
    return { editor, copy: await editor.read(target.kind, target.id), profile: undefined };
  });

  return (
    <EditorFrame heading={headingOf(target)} isOpen={true} dirty={dirty} onClose={() => props.onClose({ saved: false })} themeStyle={props.themeStyle}>
      <CopyStatus status={loaded.status} loading={strings.loadingCopy} failed={strings.loadFailed} tryAgain={strings.tryAgain} onTryAgain={tryAgain} />
      {loaded.status === 'ready' && target.kind === 'member' && loaded.profile && (
        <MemberEditor
          editor={loaded.editor}
          memberId={target.id}
          name={target.name}
          copy={loaded.profile}
          choices={props.choices}
          prefix={props.prefix}
          onClose={props.onClose}
          onDirty={setDirty}
        />
      )}
      {loaded.status === 'ready' && target.kind === 'officer' && loaded.copy && (
        <OfficerEditor editor={loaded.editor} name={target.name} copy={loaded.copy} choices={props.choices} prefix={props.prefix} onClose={props.onClose} onDirty={setDirty} />
      )}
      {loaded.status === 'ready' && target.kind === 'preElectionPeriod' && loaded.copies && (
        <PreElectionEditor editor={loaded.editor} copies={loaded.copies} choices={props.choices} prefix={props.prefix} onClose={props.onClose} onDirty={setDirty} />
      )}
      {loaded.status === 'ready' && target.kind !== 'member' && target.kind !== 'officer' && target.kind !== 'preElectionPeriod' && (
        <RecordEditor
          editor={loaded.editor}
          target={target}
          heading={headingOf(target)}
          copy={loaded.copy}
          choices={props.choices}
          prefix={props.prefix}
          onClose={props.onClose}
          onDirty={setDirty}
        />
      )}
    </EditorFrame>
  );
}
