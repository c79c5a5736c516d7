/**
 * Component-test support for the editors: the real editing service (real PnPjs) against the local
 * SharePoint server loaded with the Rugby demo council, in the same process — the forms are
 * tested against SharePoint's real answers (ETags, refusals, batches), not a stand-in.
 */
import * as React from 'react';
import { act, render, screen, type RenderResult } from '@testing-library/react';
import axe from 'axe-core';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { PnPDirectoryEditor } from '../../../src/data/editing/PnPDirectoryEditor';
import type { Channel } from '../../../src/domain/neutrality/channels';
import EditorHost from '../../../src/editing/EditorHost';
import type { EditorChoices, EditorOutcome, EditTarget } from '../../../src/editing/types';
import { spFor, startTestServer, type LocalUserName, type TestServer } from '../../support/localServer';

export const rugby = rugbyDataset();
export const TODAY = '2025-09-01';

export async function startRugby(): Promise<TestServer> {
  const s = await startTestServer();
  seedCouncil(s.server!, rugby);
  return s;
}

export function editorFor(s: TestServer, channel: Channel = 'member-profile', user: LocalUserName = 'democratic-services'): PnPDirectoryEditor {
  const groupTerms = rugby.politicalGroups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases }));
  return new PnPDirectoryEditor(spFor(s.siteUrl, user), { channel, groupTerms });
}

const officerName = (id: number): string | undefined => {
  const o = rugby.officers.find((x) => x.id === id);
  return o ? `${o.givenName} ${o.familyName}` : undefined;
};

/** What the web parts hand the editor, from the demo data. */
export function choicesFor(channel: Channel): EditorChoices {
  return {
    today: TODAY,
    wards: rugby.wards.map((w) => ({ id: w.id, title: w.title })),
    bodies: rugby.bodies.map((b) => ({ id: b.id, title: b.title, kind: b.kind })),
    groups: channel === 'member-profile' ? rugby.politicalGroups.map((g) => ({ id: g.id, name: g.name })) : undefined,
    serviceAreas: rugby.serviceAreas.map((x) => ({ id: x.id, title: x.title })),
    memberName: (id) => {
      const m = rugby.members.find((x) => x.id === id);
      return m ? `${m.preferredName ?? m.givenName} ${m.familyName}` : undefined;
    },
    officerName
  };
}

export interface Opened extends RenderResult {
  outcomes: EditorOutcome[];
  dialog: HTMLElement;
}

/** Opens the editor for a target, as the web parts do, and waits for the form (its fresh copy read). */
export async function openEditor(
  s: TestServer,
  target: EditTarget,
  options: { channel?: Channel; choices?: EditorChoices } = {}
): Promise<Opened> {
  const channel = options.channel ?? (target.kind === 'liaisonOfficer' || target.kind === 'serviceArea' ? 'officer-owned' : 'member-profile');
  const outcomes: EditorOutcome[] = [];
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(
      <EditorHost editor={Promise.resolve(editorFor(s, channel))} target={target} choices={options.choices ?? choicesFor(channel)} prefix="t" onClose={(o) => outcomes.push(o)} />
    );
  });
  const dialog = await screen.findByRole('dialog');
  await screen.findByRole('button', { name: 'Save' }, { timeout: 10000 });
  return { ...(result as RenderResult), outcomes, dialog };
}

/** axe in jsdom: colour contrast needs layout, and a lone panel has no page landmarks. */
export async function axeViolations(container: Element = document.body): Promise<string[]> {
  const results = await axe.run(container, { rules: { region: { enabled: false }, 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

export async function itemOf(s: TestServer, list: string, id: number): Promise<Record<string, unknown>> {
  return spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id)<Record<string, unknown>>();
}

/** The ids aria-describedby names, as the elements' text. */
export function describedBy(el: Element): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
