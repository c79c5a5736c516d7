/** The shape of a service-area row in the demo data tables. */
export interface StaffLine {
  title: string;
  count: number;
  /** Politically restricted post (chief officers, statutory officers, communications, senior advisers). */
  restricted?: boolean;
}

export interface ServiceRow {
  title: string;
  directorate: string;
  description: string;
  keywords: string[];
  /** Local part of the team mailbox, e.g. "waste" for waste@rugby.gov.uk. */
  mailbox: string;
  location: string;
  staff: StaffLine[];
  /** Job title of the Councillor Liaison Officer and of the deputy (the first officer with that title). */
  clo: string;
  deputy: string;
  /** The liaison officer's "what I can help with", in the first person. */
  cloProfile: string;
  /** What the deputy covers, finishing the sentence "I can help with …". */
  help: string;
  /** Wards (by title) that the liaison officer or deputy look after, where the service splits the borough. */
  cloWards?: string[];
  deputyWards?: string[];
}
