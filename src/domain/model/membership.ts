import { z } from 'zod';
import { isoDate, itemId, text } from '../fields';
import type { Body } from './body';
import { storedRecord } from './record';

export const MEMBERSHIP_ROLES = [
  'Chair',
  'Vice-Chair',
  'Member',
  'Substitute',
  'Leader',
  'Deputy Leader',
  'Portfolio Holder',
  'Representative',
  'Councillor',
  'Champion',
  'Mayor',
  'Deputy Mayor',
  'Group Leader',
  'Deputy Group Leader',
  'Observer'
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** Roles in a party group: party-political, never shown on an officer-owned page. */
export const GROUP_ROLES: readonly MembershipRole[] = ['Group Leader', 'Deputy Group Leader'];

/** Roles that carry a Cabinet portfolio. */
export const CABINET_ROLES: readonly MembershipRole[] = ['Leader', 'Deputy Leader', 'Portfolio Holder'];

/** The order a body's members are listed in: chairs first, substitutes and observers last. */
export const ROLE_ORDER: readonly MembershipRole[] = [
  'Mayor',
  'Deputy Mayor',
  'Leader',
  'Deputy Leader',
  'Chair',
  'Vice-Chair',
  'Portfolio Holder',
  'Group Leader',
  'Deputy Group Leader',
  'Champion',
  'Representative',
  'Councillor',
  'Member',
  'Substitute',
  'Observer'
];

const membershipShape = {
    memberId: itemId('Member'),
    bodyId: itemId('Body'),
    role: z.enum(MEMBERSHIP_ROLES, {
      errorMap: () => ({ message: `Role must be one of: ${MEMBERSHIP_ROLES.join(', ')}.` })
    }),
    /** A post held through the membership, e.g. "Armed Forces Champion", "Leader of the Council". */
    postTitle: text('Post title', 150).optional(),
    /** The Cabinet portfolio, e.g. "Growth and Investment". */
    portfolio: text('Portfolio', 150).optional(),
    startDate: isoDate('Start date').optional(),
    endDate: isoDate('End date').optional()
};

export const membershipInputSchema = z.object(membershipShape).strict();

type MembershipFields = z.output<typeof membershipInputSchema>;

export function checkMembership(value: MembershipFields, ctx: z.RefinementCtx): void {
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endDate'], message: 'End date must be on or after the start date.' });
  }
  if (value.portfolio && !CABINET_ROLES.includes(value.role)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['portfolio'],
      message: `Portfolio is only for Cabinet roles (${CABINET_ROLES.join(', ')}); this membership's role is ${value.role}.`
    });
  }
  if (value.role === 'Portfolio Holder' && !value.portfolio) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['portfolio'], message: 'Portfolio is required for a Portfolio Holder.' });
  }
  if (value.role === 'Champion' && !value.postTitle) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['postTitle'],
      message: 'Post title is required for a Champion, like "Armed Forces Champion".'
    });
  }
}

/** A membership is a member's place on a body, in a role: those are its identity. */
export const MEMBERSHIP_IDENTITY = ['id', 'memberId', 'bodyId', 'role'] as const;
export const membershipRecordObject = storedRecord({ id: itemId('Membership ID'), ...membershipShape }, MEMBERSHIP_IDENTITY);
export const membershipSchema = membershipRecordObject.superRefine(checkMembership);
export const membershipWriteSchema = membershipInputSchema.superRefine(checkMembership);

export type MembershipInput = z.input<typeof membershipInputSchema>;
/** A complete membership record, as the product writes it. */
export type Membership = z.output<typeof membershipInputSchema> & { id: number };
/** A membership as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredMembership = z.infer<typeof membershipSchema>;

/**
 * Rules that need the body as well as the membership. Returns plain-English problems
 * (empty when the pair is consistent).
 */
export function membershipBodyProblems(m: Pick<Membership, 'role'>, body: Pick<Body, 'kind' | 'title'>): string[] {
  const problems: string[] = [];
  if (!body.kind) return problems;
  if (CABINET_ROLES.includes(m.role) && body.kind !== 'Cabinet' && !(m.role === 'Leader' && body.kind === 'Council')) {
    problems.push(`Role ${m.role} belongs to the Cabinet, but ${body.title} is a ${body.kind.toLowerCase()}.`);
  }
  if ((m.role === 'Mayor' || m.role === 'Deputy Mayor') && body.kind !== 'Council') {
    problems.push(`The ${m.role} is a post of Full Council, but ${body.title} is a ${body.kind.toLowerCase()}.`);
  }
  if ((m.role === 'Representative' || m.role === 'Councillor') && body.kind !== 'Outside Body') {
    problems.push(`Role ${m.role} is for outside appointments, but ${body.title} is a ${body.kind.toLowerCase()}.`);
  }
  return problems;
}

/** Whether a membership is current on a date (ISO yyyy-mm-dd). */
export function isCurrentMembership(m: Pick<Membership, 'startDate' | 'endDate'>, today: string): boolean {
  return (!m.startDate || m.startDate <= today) && (!m.endDate || m.endDate >= today);
}
