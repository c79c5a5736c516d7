import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel } from '../model';
import { useIdPrefix } from '../../../components/common/ids';
import { ServiceCard } from './ServiceCard';
import base from './OfficerDirectory.module.scss';
import own from './Services.module.scss';

const styles = { ...base, ...own };

export interface IServiceBrowserProps {
  model: DirectoryModel;
  canEdit: boolean;
  indexVersion: number;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Every service, grouped by directorate, each with its liaison officers, description and team contacts. */
export function ServiceBrowser(props: IServiceBrowserProps): JSX.Element {
  const { model } = props;
  const p = useIdPrefix();
  return (
    <div>
      <p className={styles.hint}>{strings.browseIntro}</p>
      <nav aria-label={strings.browseJump}>
        <ul className={styles.jump}>
          {model.directorates.map((d) => (
            <li key={d.name}>
              <a
                href={`#${p}-dir-${slug(d.name)}`}
                onClick={(e) => {
                  // Move focus to the heading without changing the page's address.
                  const target = document.getElementById(`${p}-dir-${slug(d.name)}`);
                  if (!target) return;
                  e.preventDefault();
                  target.focus();
                  target.scrollIntoView?.({ block: 'start' });
                }}
              >
                {d.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {model.directorates.map((d) => (
        <section key={d.name} className={styles.directorateSection} aria-labelledby={`${p}-dir-${slug(d.name)}`}>
          <h3 id={`${p}-dir-${slug(d.name)}`} tabIndex={-1}>
            {d.name} <span className={styles.hint}>({strings.servicesIn(d.services.length)})</span>
          </h3>
          <ul className={styles.results}>
            {d.services.map((s) => (
              <li key={s.id}>
                <ServiceCard model={model} service={s} canEdit={props.canEdit} level={4} compact={true} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
