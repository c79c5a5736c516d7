/**
 * Component-test support: an in-memory member directory repository over the Rugby demo data,
 * projected by the same `projectDirectory` the PnPjs repository uses, so the channel rules
 * under test are the real ones.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within, type RenderResult } from '@testing-library/react';
import axe from 'axe-core';
import { rugbyDataset } from '../../../local/demo';
import { projectDirectory, type DirectoryRecords } from '../../../src/data/members/project';
import type { IMemberDirectoryRepository, LoadOptions, MemberDirectory } from '../../../src/data/members/types';
import type { Channel } from '../../../src/domain/neutrality/channels';
import type { PreElectionPeriod } from '../../../src/domain/neutrality/preElection';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components';
import { createScreener } from '../../../src/domain/neutrality/screening/screener';

export const TODAY = '2025-09-01';
export const rugby = rugbyDataset();

/** Every name, short name and alias of the council's groups. */
export const GROUP_TERMS: string[] = Array.from(new Set(rugby.politicalGroups.flatMap((g) => [g.name, g.shortName ?? '', ...g.aliases]))).filter(Boolean);

export function rugbyRecords(preElectionPeriods: PreElectionPeriod[] = []): DirectoryRecords {
  return {
    members: rugby.members,
    wards: rugby.wards,
    bodies: rugby.bodies,
    memberships: rugby.memberships,
    groups: rugby.politicalGroups,
    preElectionPeriods,
    problems: [],
    withheld: {},
    groupsReadable: true,
    preElectionReadable: true
  };
}

export class FakeRepository implements IMemberDirectoryRepository {
  public loads = 0;
  public refreshes = 0;
  public permissionChecks = 0;
  /** Set to make the next loads fail (with an HTTP-like error) or wait. */
  public failures = 0;
  public gate: Promise<void> | undefined;
  /** Calls onRetry before answering, as PnPjs does when SharePoint throttles. */
  public throttled = false;
  public canEdit = false;

  public constructor(public readonly channel: Channel, private readonly records: DirectoryRecords = rugbyRecords()) {}

  public async load(options: LoadOptions = {}): Promise<MemberDirectory> {
    this.loads++;
    if (this.throttled) options.onRetry?.();
    if (this.gate) await this.gate;
    if (this.failures > 0) {
      this.failures--;
      throw Object.assign(new Error('Service Unavailable'), { status: 503 });
    }
    return projectDirectory(this.records, this.channel, TODAY, createScreener);
  }

  public refresh(): void {
    this.refreshes++;
  }

  public async canEditMembers(): Promise<boolean> {
    this.permissionChecks++;
    return this.canEdit;
  }
}

/** A promise and the function that settles it. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export async function renderDirectory(
  channel: Channel,
  repository: FakeRepository = new FakeRepository(channel),
  options: { allCards?: boolean } = {}
): Promise<RenderResult & { repository: FakeRepository }> {
  const willLoad = !repository.gate && repository.failures === 0;
  let result: RenderResult | undefined;
  // In an async act, so that an answer (or a failure) settling in a microtask is part of the render.
  await act(async () => {
    result = render(<MemberProfiles channel={channel} repository={repository} />);
  });
  // (hidden: true — a profile opened by a deep link hides the rest of the page from assistive technology.)
  if (willLoad) await screen.findByRole('tab', { name: 'Directory', hidden: true });
  // Cards come a page at a time; most tests want every councillor on screen.
  if (willLoad && options.allCards !== false) await showAllCards();
  return { ...(result as RenderResult), repository };
}

/** Presses "Show n more councillors" until every card is shown. */
export async function showAllCards(): Promise<void> {
  for (let more = screen.queryByRole('button', { name: /^Show \d+ more councillors?$/ }); more; more = screen.queryByRole('button', { name: /^Show \d+ more councillors?$/ })) {
    await act(async () => {
      fireEvent.click(more as HTMLElement);
    });
  }
}

/** The first page of cards shows 12 of the 42, and says so. */
export function expectFirstPageOfAll(total = 42): void {
  expect(cardNames()).toHaveLength(Math.min(12, total));
  expect(screen.getByText(`${total} councillors`)).toBeInTheDocument();
}

/** The cards of the directory, by the name on their button. */
export function cardNames(): string[] {
  const list = screen.getByRole('list', { name: 'All councillors' });
  return within(list)
    .getAllByRole('button')
    .map((b) => b.textContent ?? '');
}

/** axe in jsdom: colour contrast cannot be computed without layout, and a lone web part has no page landmarks. */
export async function axeViolations(container: Element = document.body): Promise<string[]> {
  const results = await axe.run(container, { rules: { region: { enabled: false }, 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Every group term found, as a whole word, in any text node or attribute under root. */
export function groupTermsIn(root: Element = document.body): string[] {
  // Each text node and attribute on its own line, so words in neighbouring elements never run together.
  const haystacks: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) haystacks.push(n.nodeValue ?? '');
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of Array.from(el.attributes)) haystacks.push(a.value);
  }
  const text = haystacks.join('\n');
  return GROUP_TERMS.filter((t) => new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
}

export async function openProfile(name: string): Promise<HTMLElement> {
  screen.getByRole('button', { name }).click();
  return waitFor(() => screen.getByRole('dialog', { name }));
}

/**
 * Esc, as a browser sends it. Fluent's Popup reads the legacy `which` code, which jsdom leaves at
 * 0 for user-event's key presses; in Chromium (the e2e tests) a real Esc closes the panel.
 */
export function pressEscape(): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
}

/** A Blob's text (jsdom's Blob has no text()). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
