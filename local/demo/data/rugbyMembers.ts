/**
 * The demo councillors for Rugby. ALL FICTIONAL: invented names, none of them a real Rugby
 * councillor (past or present) or a person named in the source documents. The ward and group mix
 * follows Rugby's pattern (rural wards and the south and west of the town to the largest group,
 * the central and northern town wards to the second, and so on) without copying any real result.
 *
 * Group keys: con, lab, ld, grn, ind (see rugbyCouncil.ts).
 */
export type GroupKey = 'con' | 'lab' | 'ld' | 'grn' | 'ind';

export interface MemberRow {
  honorific: string;
  givenName: string;
  familyName: string;
  preferredName?: string;
  postNominals?: string;
  ward: string;
  group: GroupKey;
  skills: string[];
  biography?: string;
  publishMobile?: boolean;
  publishAddress?: boolean;
  /** A home address; only shown where publishAddress is true. */
  address?: string;
  /** Defaults: elected 2024, term 2024-05-06 to 2028-05-08, Current. */
  termStart?: string;
  termEnd?: string;
  former?: boolean;
}

export const RUGBY_MEMBERS: readonly MemberRow[] = [
  // Admirals and Cawston
  { honorific: 'Mr', givenName: 'Andrew', familyName: 'Whitcombe', ward: 'Admirals and Cawston', group: 'con', skills: ['Business management', 'Economic development', 'Town centre regeneration', 'Planning'], biography: 'I have lived in Cawston for twenty years and ran a logistics business on the edge of the town before I was elected. In the ward I focus on the new housing estates getting the roads, schools and doctors they were promised.', publishMobile: true },
  { honorific: 'Mrs', givenName: 'Harpreet', familyName: 'Sandhu', postNominals: 'FCCA', ward: 'Admirals and Cawston', group: 'con', skills: ['Accountancy', 'Audit', 'Small business', 'Equality and diversity'], biography: 'I am a chartered accountant and a school governor. I hold a monthly drop-in at the community centre and am always happy to help residents with council tax or planning questions.' },
  { honorific: 'Mr', givenName: 'Owen', familyName: 'Pritchard', ward: 'Admirals and Cawston', group: 'con', skills: ['Armed forces', 'Road safety', 'Community safety', 'Volunteering'], biography: 'I served for 22 years in the Royal Signals. I am the council’s Armed Forces Champion and help veterans and service families find the support they are entitled to.', publishMobile: true, address: '8 Carmichael Close, Cawston, Rugby CV22' },
  // Benn
  { honorific: 'Ms', givenName: 'Nadia', familyName: 'Hussain', ward: 'Benn', group: 'lab', skills: ['Community cohesion', 'Housing', 'Advice work', 'Equality and diversity', 'Welfare rights'], biography: 'I lead the Labour Group on the council. I worked for fifteen years as a welfare rights adviser, and in Benn I help residents with housing, benefits and the cost of living.', publishMobile: true },
  { honorific: 'Mr', givenName: 'Kwame', familyName: 'Mensah', ward: 'Benn', group: 'lab', skills: ['Youth work', 'Sport and leisure', 'Mentoring'], biography: 'I coach a junior football team and work with young people across the town. I want every young person in Benn to have somewhere safe to go and something worthwhile to do.' },
  { honorific: 'Ms', givenName: 'Shauna', familyName: 'Doyle', ward: 'Benn', group: 'lab', skills: ['Social care', 'Employment law', 'Carers'], biography: 'I am a care worker and a carer for my mum. I take up residents’ problems with housing repairs and adult social care.', publishMobile: true },
  // Bilton
  { honorific: 'Mrs', givenName: 'Catherine', familyName: 'Fairbairn', preferredName: 'Kate', ward: 'Bilton', group: 'con', skills: ['Housing', 'Social work', 'Safeguarding', 'Homelessness'], biography: 'Before retiring I was a social worker for thirty years. I am Portfolio Holder for Communities and Homes and hold surgeries at Bilton library on the first Saturday of the month.' },
  { honorific: 'Mr', givenName: 'Richard', familyName: 'Okonkwo', ward: 'Bilton', group: 'con', skills: ['Law', 'Licensing', 'Governance', 'Mediation'], biography: 'I am a solicitor and chair the Licensing and Safety Committee. In Bilton I work with residents on parking and traffic around the village centre.', publishMobile: true },
  { honorific: 'Dr', givenName: 'Eleanor', familyName: 'Vance', ward: 'Bilton', group: 'con', skills: ['Public health', 'Health and wellbeing', 'Climate change', 'Science'], biography: 'I am a research scientist and mother of two. My priorities are air quality near our schools and keeping Bilton’s green spaces well looked after.' },
  // Clifton, Newton and Churchover
  { honorific: 'Mr', givenName: 'Geoffrey', familyName: 'Marsh', ward: 'Clifton, Newton and Churchover', group: 'con', skills: ['Rural affairs', 'Farming', 'Parish councils', 'Planning'], biography: 'I farm near Newton and also sit on Clifton upon Dunsmore Parish Council and the County Council. I work closely with the three parishes in the ward.', publishMobile: true, publishAddress: true, address: 'Manor Farm, Newton, Rugby CV23' },
  // Coton and Boughton
  { honorific: 'Mr', givenName: 'Daniel', familyName: 'Kowalski', ward: 'Coton and Boughton', group: 'con', skills: ['Logistics', 'Fleet management', 'Waste and recycling', 'Project management'], biography: 'I manage a distribution centre at Central Park and am Portfolio Holder for Operations and Traded Services. Bins, litter and fly-tipping are the issues residents raise with me most.' },
  { honorific: 'Mrs', givenName: 'Sunita', familyName: 'Rao', ward: 'Coton and Boughton', group: 'con', skills: ['Education', 'Youth work', 'Equality and diversity', 'Interfaith'], biography: 'I am a primary school teacher. I am working with Coton Park residents on a new community hall and safer routes to school.' },
  { honorific: 'Mr', givenName: 'Thomas', familyName: 'Ashby', preferredName: 'Tom', ward: 'Coton and Boughton', group: 'con', skills: ['IT and digital', 'Cyber security', 'Customer service'], publishMobile: true },
  // Dunsmore
  { honorific: 'Mrs', givenName: 'Patricia', familyName: 'Holloway', ward: 'Dunsmore', group: 'con', skills: ['Charity sector', 'Heritage', 'Events', 'Volunteering'], biography: 'I am honoured to serve as Mayor this year, supporting the Mayor’s chosen charities. I have lived in Dunchurch all my life and volunteer with the village heritage group.' },
  { honorific: 'Mr', givenName: 'James', familyName: 'Whitfield', ward: 'Dunsmore', group: 'con', skills: ['Planning', 'Architecture', 'Conservation', 'Rural affairs'], biography: 'I am a retired architect and chair the Planning Committee. I also sit on Dunchurch Parish Council.', publishAddress: true, address: '3 The Green, Dunchurch, Rugby CV22' },
  { honorific: 'Mrs', givenName: 'Helen', familyName: 'Davenport', ward: 'Dunsmore', group: 'con', skills: ['Retail', 'Town centre', 'Tourism'], biography: 'I ran an independent shop in the town centre for many years and represent the council on the Rugby Town Centre Partnership.' },
  // Eastlands
  { honorific: 'Mr', givenName: 'Jonathan', familyName: 'Pryce', preferredName: 'Jon', ward: 'Eastlands', group: 'ld', skills: ['Scrutiny', 'Audit', 'Accountancy', 'Governance'], biography: 'I have represented Eastlands since 2012 and lead the Liberal Democrat Group. I chair the Audit and Ethics Committee and also serve on the County Council.', publishMobile: true },
  { honorific: 'Mrs', givenName: 'Lorraine', familyName: 'Fenwick', ward: 'Eastlands', group: 'ld', skills: ['Planning', 'Conservation areas', 'Trees', 'Local history'], biography: 'I help residents respond to planning applications and am working with residents to plant more street trees in Eastlands.' },
  { honorific: 'Mr', givenName: 'Tomasz', familyName: 'Nowak', ward: 'Eastlands', group: 'ld', skills: ['Construction', 'Building control', 'Housing repairs', 'Polish community'], biography: 'I am a site manager in the building trade and came to Rugby from Poznań in 2006. I help residents who speak Polish get the council services they need.' },
  // Hillmorton
  { honorific: 'Mr', givenName: 'Mark', familyName: 'Bellamy', ward: 'Hillmorton', group: 'con', skills: ['Policing', 'Licensing', 'Community safety', 'Emergency planning'], biography: 'I am a retired police inspector and Portfolio Holder for Regulation and Safety. I represent the council on the Warwickshire Police and Crime Panel.', address: '41 Lower Street, Hillmorton, Rugby CV21' },
  { honorific: 'Mrs', givenName: 'Joanne', familyName: 'Castell', ward: 'Hillmorton', group: 'con', skills: ['Nursing', 'Health and social care', 'Dementia awareness', 'Older people'], biography: 'I was a district nurse for 25 years. I am the council’s Dementia Champion and chair the Regulatory Committee.', publishMobile: true },
  { honorific: 'Mr', givenName: 'Vikram', familyName: 'Bhardwaj', ward: 'Hillmorton', group: 'con', skills: ['Engineering', 'Transport', 'Climate change', 'Business'], biography: 'I am a chartered engineer in the automotive industry. In Hillmorton I am working on traffic around the new Houlton development and better bus links.' },
  // Leam Valley
  { honorific: 'Mrs', givenName: 'Alison', familyName: 'Pendry', ward: 'Leam Valley', group: 'con', skills: ['Rural affairs', 'Parish councils', 'Flooding', 'Equestrian'], biography: 'I live in one of the smallest villages in the borough and represent Leam Valley at both borough and county level. Flooding and rural broadband are my priorities.', publishMobile: true },
  // New Bilton
  { honorific: 'Mr', givenName: 'Paul', familyName: 'Jarvis', ward: 'New Bilton', group: 'lab', skills: ['Engineering', 'Apprenticeships', 'Economic development', 'Scrutiny'], biography: 'I served an engineering apprenticeship at one of Rugby’s big employers and now train apprentices myself. I chair the Scrutiny Committee.' },
  { honorific: 'Mrs', givenName: 'Gurpreet', familyName: 'Bains', ward: 'New Bilton', group: 'lab', skills: ['Education', 'Interfaith', 'Equality and diversity', 'Languages'], biography: 'I am a teaching assistant and speak Punjabi and Hindi. I am the council’s Equality and Diversity Champion.', publishMobile: true },
  { honorific: 'Mr', givenName: 'Connor', familyName: 'Flynn', ward: 'New Bilton', group: 'lab', skills: ['Housing', "Tenants' rights", 'Community safety'], biography: 'I grew up on the estate I now represent. I take up repairs and anti-social behaviour cases for tenants across New Bilton.' },
  // Newbold and Brownsover
  { honorific: 'Mrs', givenName: 'Donna', familyName: 'Whitaker', ward: 'Newbold and Brownsover', group: 'lab', skills: ['Early years', 'Health and wellbeing', 'Food poverty'], biography: 'I helped set up the Brownsover community pantry. I am working to bring more health and family services into the ward.' },
  { honorific: 'Mr', givenName: 'Imran', familyName: 'Qureshi', ward: 'Newbold and Brownsover', group: 'lab', skills: ['Small business', 'Retail', 'Community cohesion'], publishMobile: true },
  { honorific: 'Ms', givenName: 'Chloe', familyName: 'Barnett', ward: 'Newbold and Brownsover', group: 'lab', skills: ['Climate change', 'Cycling', 'Young people'], biography: 'I was elected at the by-election in February 2025. I am a youth worker and want safer walking and cycling routes along the canal.', termStart: '2025-02-24' },
  // Paddox
  { honorific: 'Ms', givenName: 'Hannah', familyName: 'Greaves', ward: 'Paddox', group: 'ld', skills: ['Law', 'Governance', 'Equality and diversity', 'Consumer rights'], biography: 'I am a solicitor specialising in employment law. I hold a surgery at the Paddox shops every month.' },
  { honorific: 'Mr', givenName: 'Colin', familyName: 'Atwal', ward: 'Paddox', group: 'ld', skills: ['Pharmacy', 'Health', 'Older people', 'Small business'], biography: 'I was a community pharmacist in Rugby for 30 years and am Deputy Mayor this year. I am the council’s Older People’s Champion.' },
  { honorific: 'Ms', givenName: 'Isla', familyName: 'Fraser', ward: 'Paddox', group: 'grn', skills: ['Climate change', 'Biodiversity', 'Allotments', 'Cycling'], biography: 'As a Green Party councillor I lead our small group on the council and am the Climate Change Champion. I run a community growing project and help residents start their own.', publishMobile: true },
  // Revel and Binley Woods
  { honorific: 'Mr', givenName: 'Hugh', familyName: 'Carrington', ward: 'Revel and Binley Woods', group: 'con', skills: ['Sport and leisure', 'Coaching', 'Health and wellbeing'], biography: 'I am a former PE teacher and cricket coach and Portfolio Holder for Leisure and Wellbeing.' },
  { honorific: 'Mrs', givenName: 'Deborah', familyName: 'Lyle', ward: 'Revel and Binley Woods', group: 'con', skills: ['Local history', 'Heritage', 'Planning', 'Parish councils'], biography: 'I sit on Binley Woods Parish Council and am vice-chair of the Licensing and Safety Committee.' },
  { honorific: 'Mr', givenName: 'Gareth', familyName: 'Llewellyn', ward: 'Revel and Binley Woods', group: 'con', skills: ['Farming', 'Rural affairs', 'Rural transport'], biography: 'I farm near Brinklow. Rural bus services, speeding through villages and broadband are what residents raise with me most.', publishMobile: true },
  // Rokeby and Overslade
  { honorific: 'Mrs', givenName: 'Angela', familyName: 'Moorcroft', ward: 'Rokeby and Overslade', group: 'ld', skills: ['Teaching', 'Special educational needs', 'Parks'], biography: 'I am a special needs teacher. I am working with residents to improve the play areas in Rokeby and Overslade.' },
  { honorific: 'Dr', givenName: 'Anil', familyName: 'Mehta', ward: 'Rokeby and Overslade', group: 'ld', skills: ['Medicine', 'Air quality', 'Public health', 'Volunteering'], biography: 'I am a GP. I bring a health perspective to the council’s work on housing, air quality and leisure.' },
  { honorific: 'Mr', givenName: 'Benjamin', familyName: 'Okafor', preferredName: 'Ben', ward: 'Rokeby and Overslade', group: 'grn', skills: ['Renewable energy', 'Engineering', 'Active travel'], biography: 'I design solar and battery systems for a living and want to help households in the ward cut their energy bills.' },
  // Wolston and the Lawfords
  { honorific: 'Mr', givenName: 'Martin', familyName: 'Hollis', ward: 'Wolston and the Lawfords', group: 'con', skills: ['IT and digital', 'Marketing', 'Communications'], biography: 'I run a digital marketing agency and am Portfolio Holder for Digital and Communications.', publishMobile: true },
  { honorific: 'Mrs', givenName: 'Janet', familyName: 'Copeland', ward: 'Wolston and the Lawfords', group: 'ind', skills: ['Parish councils', 'Flooding', 'Rural affairs', 'Planning'], biography: 'I have lived in Wolston for forty years and sit on Wolston Parish Council. I lead the Independent Group and put the villages first in everything I do.', publishAddress: true, address: '27 Main Street, Wolston, Coventry CV8' },
  { honorific: 'Mr', givenName: 'Roy', familyName: 'Eastwood', ward: 'Wolston and the Lawfords', group: 'ind', skills: ['Veterans', 'Road safety', 'Village halls'], biography: 'I am a Long Lawford parish councillor and run the village hall committee.' },
  // Wolvey and Shilton
  { honorific: 'Mrs', givenName: 'Rosemary', familyName: 'Atherton', postNominals: 'MBE', ward: 'Wolvey and Shilton', group: 'con', skills: ['Rural affairs', 'Parish councils', 'Village halls', 'Volunteering'], biography: 'I was awarded the MBE for services to the community in Wolvey. I work with both parish councils in the ward on traffic and planning.' },
  // Former members
  { honorific: 'Mr', givenName: 'Keith', familyName: 'Allsop', ward: 'Newbold and Brownsover', group: 'lab', skills: ['Trade and industry', 'Housing', 'Planning'], termStart: '2024-05-06', termEnd: '2024-12-31', former: true },
  { honorific: 'Mr', givenName: 'Nigel', familyName: 'Barraclough', ward: 'Bilton', group: 'con', skills: ['Planning', 'Property', 'Finance'], termStart: '2021-05-10', termEnd: '2024-05-06', former: true },
  { honorific: 'Mr', givenName: 'Leonard', familyName: 'Haines', ward: 'Wolston and the Lawfords', group: 'ind', skills: ['Rural affairs', 'Flooding', 'Footpaths'], termStart: '2021-05-10', termEnd: '2024-05-06', former: true }
];
