/**
 * The workbench page's script: builds the same PnPjs repositories the SPFx web part classes build
 * (with PnPjs's own SPFx behaviour, given a page context that points at the local SharePoint
 * server) and mounts the web parts' real React roots with them. Nothing in the web parts knows
 * it is not on SharePoint.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { spfi, SPFx } from '@pnp/sp';
import { setCacheIdentity } from '../../src/data/core/cache';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { PnPMemberDirectoryRepository } from '../../src/data/members/PnPMemberDirectoryRepository';
import { PnPOfficerDirectoryRepository } from '../../src/data/officers/PnPOfficerDirectoryRepository';
import { MemberProfiles } from '../../src/webparts/memberProfiles/components';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components';
import { CONTEXT_GLOBAL, type WorkbenchContext } from './context';

// SharePoint pages register Fluent's icon font; the workbench serves it from node_modules.
initializeIcons('/workbench/icons/', { disableWarnings: true });

const ctx = (window as unknown as Record<string, WorkbenchContext>)[CONTEXT_GLOBAL];

// The shape PnPjs's SPFx behaviour reads from an SPFx web part's context.
const spfxContext = {
  pageContext: {
    web: { absoluteUrl: ctx.siteUrl },
    legacyPageContext: { formDigestValue: ctx.formDigestValue, formDigestTimeoutSeconds: ctx.formDigestTimeoutSeconds }
  }
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const sp = spfi(ctx.siteUrl).using(SPFx(spfxContext as any));
// As the web part class does with the signed-in person: each "Acting as" user has caches of their own.
setCacheIdentity(`local|${ctx.currentUser.key}`);

for (const host of Array.from(document.querySelectorAll<HTMLElement>('[data-webpart]'))) {
  const kind = host.dataset.webpart;
  if (kind === 'member-profiles') {
    const channel = host.dataset.channel === 'member-profile' ? 'member-profile' : 'officer-owned';
    // As the web part class does: the page's address, for the Member Channels list to decide the channel.
    const repository = new PnPMemberDirectoryRepository(sp, channel, { pageUrl: window.location.href, siteUrl: ctx.siteUrl });
    ReactDom.render(<MemberProfiles repository={repository} channel={channel} />, host);
  } else if (kind === 'officer-directory') {
    ReactDom.render(<OfficerDirectory repository={new PnPOfficerDirectoryRepository(sp, { siteUrl: ctx.siteUrl })} />, host);
  }
}

// The role switch: the local server reads the acting user from the local-user cookie.
const select = document.getElementById('local-user') as HTMLSelectElement | null;
select?.addEventListener('change', () => {
  document.cookie = `local-user=${encodeURIComponent(select.value)}; path=/; SameSite=Lax`;
  window.location.reload();
});
