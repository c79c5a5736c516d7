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

describe('web part roots that are not configured', () => {
  it('Member Profiles says it is not configured, as a warning, under the heading the editor chose', async () => {
    const { container } = render(<MemberProfiles channel="officer-owned" title="Find a councillor" configurationProblem="The site address must start with https://." />);
    expect(screen.getByRole('heading', { name: 'Find a councillor' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not configured. The site address must start with https://.'));
    expect(await axeViolations(container)).toEqual([]);
  });

  it('Member Profiles keeps its heading for screen readers when the editor blanks it', () => {
    render(<MemberProfiles channel="officer-owned" title="" configurationProblem="x" />);
    expect(screen.getByRole('heading', { name: 'Councillors' }).className).toMatch(/visuallyHidden/);
    expect(screen.getByRole('region', { name: 'Councillors' })).toBeInTheDocument();
  });

  it('Officer Directory says it is not configured and passes axe', async () => {
    const { container } = render(<OfficerDirectory configurationProblem="Enter the address of the SharePoint site that holds the directory lists." />);
    expect(screen.getByRole('heading', { name: 'Officer Directory' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not configured. Enter the address'));
    expect(await axeViolations(container)).toEqual([]);
  });
});
