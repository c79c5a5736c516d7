/**
 * The Officer Directory's entry to the editors: who may edit services and liaison officers, and
 * the choices the forms offer, from the directory already on the page. The officer picker
 * searches the page's own officer index once every officer has arrived.
 */
import type { EditRights, OfficerOption } from '../../../data/editing/types';
import { hasLeft } from '../../../domain/model/officer';
import type { EditorChoices, EditTarget } from '../../../editing/types';
import { fullName, personFor, type DirectoryModel } from '../model';

export interface OfficerEditing {
  rights: EditRights;
  open: (target: EditTarget) => void;
}

export function editorChoices(model: DirectoryModel, today: string, allOfficersLoaded: boolean): EditorChoices {
  return {
    today,
    wards: model.wards.map((w) => ({ id: w.id, title: w.title })),
    serviceAreas: model.services.map((s) => ({ id: s.id, title: s.title })),
    officerName: (id) => {
      const p = personFor(model, id);
      return p ? fullName(p) : undefined;
    },
    searchOfficers: allOfficersLoaded
      ? (text: string): OfficerOption[] => {
          const result = model.index.search({ text });
          const out: OfficerOption[] = [];
          for (let i = 0; i < result.positions.length && out.length < 25; i++) {
            const o = model.index.at(result.positions[i]);
            if (hasLeft(o)) continue;
            out.push({ id: o.id, name: fullName(o), jobTitle: o.jobTitle || undefined, serviceTitle: model.serviceById.get(o.serviceAreaId)?.title });
          }
          return out;
        }
      : undefined
  };
}
