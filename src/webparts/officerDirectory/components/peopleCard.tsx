/**
 * The Microsoft 365 profile card (the live people card) for an officer, where the web part runs
 * in SharePoint. SharePoint's card is an SPFx component, so the web part class builds the service
 * and hands it in; the React tree only knows this interface (and without it, shows the name).
 */
import * as React from 'react';

export interface IPeopleCardService {
  /**
   * `content` (the person's name) made into the control that opens the live profile card of the
   * person signed in as `userPrincipalName`, on hover or focus.
   */
  render(userPrincipalName: string, content: React.ReactNode): React.ReactElement;
}

export const PeopleCardContext = React.createContext<IPeopleCardService | undefined>(undefined);

/** The name, opening the person's Microsoft 365 profile card when the page provides one. */
export function PeopleCard(props: { userPrincipalName: string | undefined; children: React.ReactNode }): JSX.Element {
  const service = React.useContext(PeopleCardContext);
  return service && props.userPrincipalName ? service.render(props.userPrincipalName, props.children) : <>{props.children}</>;
}
