/**
 * Member Profiles' entry to the editors: who may edit what, and the choices the forms offer, taken
 * from the directory already on the page (so opening a form asks SharePoint only for the record).
 */
import type { EditRights } from '../../../data/editing/types';
import type { EditorChoices, EditTarget } from '../../../editing/types';
import { plainText } from '../../../domain/neutrality/screened';
import type { DirectoryView } from '../model/directoryView';

export interface MemberEditing {
  rights: EditRights;
  open: (target: EditTarget) => void;
}

export function editorChoices(view: DirectoryView): EditorChoices {
  return {
    today: view.today,
    // The page's names are screened: a withheld one is offered as its notice.
    wards: view.wards.map((w) => ({ id: w.id, title: plainText(w.title) })),
    bodies: view.bodies.map((b) => ({ id: b.id, title: plainText(b.title), kind: b.kind })),
    groups: view.channel === 'member-profile' ? view.groups.map((g) => ({ id: g.id, name: plainText(g.name) })) : undefined,
    // A membership's list title names the member as the Members list does ("Jane Smith").
    memberName: (id) => {
      const person = view.byId.get(id);
      return person ? plainText(person.name).replace(/^Cllr /, '') : undefined;
    }
  };
}
