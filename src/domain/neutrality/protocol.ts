/**
 * The protocol clauses the neutrality rules enforce. Errors and findings cite these,
 * so that Democratic Services can see why something was refused.
 */
export interface ProtocolClause {
  /** Short citation, shown in messages. */
  cite: string;
  /** The clause's words (or a faithful summary). */
  text: string;
}

export const PROTOCOL = {
  ownChannels: {
    cite: "Member and Officer Protocol: party-political communications belong in members' own channels",
    text:
      "Any clearly party-political communications must be through Members' own channels (e.g. their own party newsletters " +
      'and their own social media channels) rather than those owned and supported by officers.'
  },
  officerImpartiality: {
    cite: 'Member and Officer Protocol, section 3: officers are politically impartial',
    text:
      'Members must respect the impartiality of Officers and must not ask them to undertake work of a party-political nature.'
  },
  publicityCode: {
    cite: 'Code of Recommended Practice on Local Authority Publicity (pre-election period)',
    text:
      'During the pre-election period the council publishes nothing that could be seen as seeking to influence voters, ' +
      'including statements by or about candidates.'
  },
  politicallyRestricted: {
    cite: 'Politically Restricted Posts Policy',
    text:
      'A postholder in a politically restricted post is barred from political activity, including publishing any written ' +
      'work with the apparent intention of affecting public support for a political party.'
  }
} as const satisfies Record<string, ProtocolClause>;

export type ProtocolClauseId = keyof typeof PROTOCOL;
