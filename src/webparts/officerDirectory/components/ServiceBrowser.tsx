import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel } from '../model';
import { useIdPrefix } from '../../../components/common/ids';
import { PresentedText } from '../../../components/PresentedText';
import type { OfficerEditing } from './editing';
import { ServiceCard } from './ServiceCard';
import base from './OfficerDirectory.module.scss';
import own from './Services.module.scss';

const styles = { ...base, ...own };

export interface IServiceBrowserProps {
  model: DirectoryModel;
  canEdit: boolean;
  indexVersion: number;
  editing?: OfficerEditing;
}

/** Every service, grouped by directorate, each with its liaison officers, description and team contacts. */
export function ServiceBrowser(props: IServiceBrowserProps): JSX.Element {
  const { model } = props;
  const p = useIdPrefix();
  return (
    <div>
      <p className={styles.hint}>{strings.browseIntro}</p>
      <nav aria-label={strings.browseJump}>
        <ul className={styles.jump}>
          {/* Directorates are known by their place in the list: their names go in the page only as screened text. */}
          {model.directorateViews.map((d, i) => (
            <li key={i}>
              <a
                href={`#${p}-dir-${i}`}
                onClick={(e) => {
                  // Move focus to the heading without changing the page's address.
                  const target = document.getElementById(`${p}-dir-${i}`);
                  if (!target) return;
                  e.preventDefault();
                  target.focus();
                  target.scrollIntoView?.({ block: 'start' });
                }}
              >
                <PresentedText value={d.label} canEdit={props.canEdit} inline={true} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {model.directorateViews.map((d, i) => (
        <section key={i} className={styles.directorateSection} aria-labelledby={`${p}-dir-${i}`}>
          <h3 id={`${p}-dir-${i}`} tabIndex={-1}>
            <PresentedText value={d.label} canEdit={props.canEdit} inline={true} /> <span className={styles.hint}>({strings.servicesIn(d.services.length)})</span>
          </h3>
          <ul className={styles.results}>
            {d.services.map((s) => (
              <li key={s.id}>
                <ServiceCard model={model} service={s} canEdit={props.canEdit} level={4} compact={true} editing={props.editing} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
