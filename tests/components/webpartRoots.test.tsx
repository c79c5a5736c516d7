/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import axe from 'axe-core';
import { MemberProfiles } from '../../src/webparts/memberProfiles/components';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components';

async function axeViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { region: { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}

describe('web part roots before their data arrives', () => {
  it('Member Profiles says when it is not configured, as a warning', async () => {
    const { container } = render(
      <MemberProfiles siteUrl="https://council.sharepoint.com/sites/x" channel="officer-owned" configurationProblem="The site address must start with https://." />
    );
    expect(screen.getByRole('heading', { name: 'Member Profiles' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not configured. The site address must start with https://.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('Member Profiles on an officer page says parties will not be shown; on the member channel that they will', async () => {
    const { rerender } = render(<MemberProfiles siteUrl="https://c.sharepoint.com/sites/d" channel="officer-owned" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('This is an officer page, so political parties will not be shown.'));
    rerender(<MemberProfiles siteUrl="https://c.sharepoint.com/sites/d" channel="member-profile" />);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent("declared party will be shown"));
  });

  it('Officer Directory names the lists it reads and passes axe', async () => {
    const { container } = render(<OfficerDirectory siteUrl="https://c.sharepoint.com/sites/d" />);
    expect(screen.getByRole('heading', { name: 'Officer Directory' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Officers, Service Areas and Liaison Officers lists on https://c.sharepoint.com/sites/d'));
    expect(await axeViolations(container)).toEqual([]);
  });
});
