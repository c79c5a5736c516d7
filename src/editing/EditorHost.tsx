/**
 * The editor, loaded on demand (its own chunk) when someone presses Edit: it reads the record's
 * fresh copy — the only request opening a form makes — and shows the form for its kind.
 */
import * as React from 'react';
import { format } from '../components/common/format';
import type { IDirectoryEditor, ProfileCopy, RecordCopy } from '../data/editing/types';
import { EditorFrame } from './EditorFrame';
import styles from './Editor.module.scss';
import { MemberEditor } from './forms/MemberEditor';
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

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; editor: IDirectoryEditor; copy: RecordCopy | undefined; profile: ProfileCopy | undefined };

const HEADINGS: Record<EditTarget['kind'], string> = {
  member: strings.headingMember,
  membership: strings.headingMembership,
  body: strings.headingBody,
  ward: strings.headingWard,
  politicalGroup: strings.headingPoliticalGroup,
  serviceArea: strings.headingServiceArea,
  liaisonOfficer: strings.headingLiaisonOfficer
};

export function headingOf(target: EditTarget): string {
  if (target.kind === 'liaisonOfficer' && target.id === undefined) return format(strings.headingNewLiaisonOfficer, { name: target.name });
  if (target.kind === 'liaisonOfficer' && target.own) return format(strings.headingOwnLiaisonOfficer, { name: target.name });
  return format(HEADINGS[target.kind], { name: target.name });
}

export default function EditorHost(props: IEditorHostProps): JSX.Element {
  const { target } = props;
  const [loaded, setLoaded] = React.useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [dirty, setDirty] = React.useState(false);

  React.useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    (async () => {
      const editor = await props.editor;
      if (target.kind === 'member') return { editor, copy: undefined, profile: await editor.readProfile(target.id) };
      if (target.id === undefined) return { editor, copy: undefined, profile: undefined };
      return { editor, copy: await editor.read(target.kind, target.id), profile: undefined };
    })().then(
      (r) => live && setLoaded({ status: 'ready', ...r }),
      () => live && setLoaded({ status: 'failed' })
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  return (
    <EditorFrame heading={headingOf(target)} isOpen={true} dirty={dirty} onClose={() => props.onClose({ saved: false })} themeStyle={props.themeStyle}>
      {loaded.status === 'loading' && (
        <p className={styles.status} role="status">
          {strings.loadingCopy}
        </p>
      )}
      {loaded.status === 'failed' && (
        <div role="alert" className={styles.report}>
          <p>{strings.loadFailed}</p>
          <button type="button" className={styles.button} onClick={() => setAttempt((a) => a + 1)}>
            {strings.tryAgain}
          </button>
        </div>
      )}
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
      {loaded.status === 'ready' && target.kind !== 'member' && (
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
