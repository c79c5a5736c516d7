/**
 * The Officer Directory's entry to the editors: who may edit services and liaison officers, and
 * the choices the forms offer, from the directory already on the page. The officer picker
 * searches the page's own officer index once every officer has arrived.
 */
import type { EditRights, OfficerOption } from '../../../data/editing/types';
import type { HistoryEntry } from '../../../data/requests/history';
import type { IOfficerDirectoryRepository } from '../../../data/officers/IOfficerDirectoryRepository';
import * as React from 'react';
import { hasLeft } from '../../../domain/model/officer';
import type { EditorChoices, EditTarget } from '../../../editing/types';
import { fullName, personFor, type DirectoryModel } from '../model';

export interface OfficerEditing {
  rights: EditRights;
  open: (target: EditTarget) => void;
  /** The liaison officer entries the signed-in person may edit as their own. */
  own?: ReadonlySet<number>;
  /** An entry's history from SharePoint's versions (for its editors). */
  history?: (liaisonId: number) => Promise<HistoryEntry[]>;
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

/** The entries the signed-in person may edit as their own: asked once the editing rights are known (no request for anyone else). */
export function useOwnEntries(repository: IOfficerDirectoryRepository, rights: EditRights, loaded: unknown): ReadonlySet<number> | undefined {
  const [own, setOwn] = React.useState<ReadonlySet<number> | undefined>();
  const asked = Object.keys(rights).length > 0;
  React.useEffect(() => {
    let live = true;
    if (asked && loaded && repository.ownEntries) repository.ownEntries().then((ids) => live && setOwn(ids.length > 0 ? new Set(ids) : undefined), () => undefined);
    return () => {
      live = false;
    };
  }, [asked, loaded, repository]);
  return own;
}
