/**
 * Rugby Borough Council's services, part 2: Communities and Homes, Leisure and Wellbeing,
 * Finance and Performance, Legal and Governance, Digital and Communications.
 */
import type { ServiceRow } from './serviceRow';

const TOWN_HALL = 'Town Hall, Rugby';

export const RUGBY_SERVICES_B: readonly ServiceRow[] = [
  {
    title: 'Housing Advice and Homelessness',
    directorate: 'Communities and Homes',
    description:
      'Housing options advice, homelessness prevention and relief, temporary accommodation, the housing register and allocations, and rough sleeping outreach.',
    keywords: ['homeless', 'housing register', 'housing options', 'temporary accommodation', 'eviction', 'rough sleeping', 'housing application', 'bidding', 'domestic abuse'],
    mailbox: 'housing.options',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Communities and Homes', count: 1, restricted: true },
      { title: 'Housing Options Manager', count: 1 },
      { title: 'Housing Options Officer', count: 6 },
      { title: 'Homelessness Prevention Officer', count: 3 },
      { title: 'Housing Allocations Officer', count: 2 }
    ],
    clo: 'Housing Options Officer',
    deputy: 'Housing Allocations Officer',
    cloProfile:
      'I help residents who are homeless or at risk of losing their home. If someone in your ward has been served notice or is sofa-surfing, ask them to contact us early; with their consent I can tell you what we are doing and what they need to do next.',
    help: 'housing register applications, banding and bidding for council and housing association homes'
  },
  {
    title: 'Housing Repairs',
    directorate: 'Communities and Homes',
    description: 'Repairs and maintenance to council homes, damp and mould, void properties, planned improvements such as kitchens, bathrooms and heating, and gas safety checks.',
    keywords: ['repairs', 'damp', 'mould', 'council house repair', 'heating', 'boiler', 'leak', 'void', 'kitchen replacement', 'gas safety'],
    mailbox: 'repairs',
    location: 'Depot, Hunters Lane',
    staff: [
      { title: 'Housing Repairs Manager', count: 1 },
      { title: 'Repairs Supervisor', count: 2 },
      { title: 'Repairs Surveyor', count: 2 },
      { title: 'Repairs Planner', count: 2 },
      { title: 'Multi-trade Operative', count: 10 }
    ],
    clo: 'Repairs Surveyor',
    deputy: 'Repairs Planner',
    cloProfile:
      'I inspect repairs in council homes, including damp and mould. If a tenant in your ward has an outstanding repair, send me the address and job number and I will check the job, chase it and tell you the date it will be done.',
    help: 'repair appointments, outstanding jobs and the planned improvements programme'
  },
  {
    title: 'Tenancy Management',
    directorate: 'Communities and Homes',
    description: 'Managing council tenancies and estates: tenancy sign-ups, rent and arrears support, estate inspections, neighbour problems between tenants, sheltered housing and tenant involvement.',
    keywords: ['council tenants', 'tenancy', 'rent arrears', 'estate inspection', 'sheltered housing', 'mutual exchange', 'succession', 'garages', 'communal areas'],
    mailbox: 'tenancy',
    location: TOWN_HALL,
    staff: [
      { title: 'Tenancy Services Manager', count: 1 },
      { title: 'Tenancy Management Officer', count: 5 },
      { title: 'Income Officer', count: 3 },
      { title: 'Sheltered Housing Co-ordinator', count: 3 }
    ],
    clo: 'Tenancy Management Officer',
    deputy: 'Income Officer',
    cloProfile:
      'I am the housing officer for the council estates in the north and centre of the town. I can help with tenancy problems, untidy gardens and communal areas, and I join ward walkabouts on the estates I look after.',
    help: 'rent accounts, arrears and money advice for council tenants',
    cloWards: ['Benn', 'New Bilton', 'Newbold and Brownsover', 'Coton and Boughton']
  },
  {
    title: 'Private Sector Housing',
    directorate: 'Communities and Homes',
    description: 'Standards in privately rented homes, houses in multiple occupation licensing, empty homes, disabled facilities grants and home improvement help.',
    keywords: ['private landlord', 'HMO', 'disrepair', 'empty homes', 'disabled facilities grant', 'adaptations', 'damp in rented home', 'selective licensing'],
    mailbox: 'privatehousing',
    location: TOWN_HALL,
    staff: [
      { title: 'Private Sector Housing Manager', count: 1 },
      { title: 'Private Sector Housing Officer', count: 3 },
      { title: 'Home Improvement Officer', count: 2 }
    ],
    clo: 'Private Sector Housing Officer',
    deputy: 'Home Improvement Officer',
    cloProfile:
      'I investigate poor conditions in privately rented homes and license houses in multiple occupation. If a private tenant in your ward has damp, no heating or an unresponsive landlord, put them in touch with me.',
    help: 'disabled facilities grants, home adaptations and empty homes'
  },
  {
    title: 'Leisure and Sport',
    directorate: 'Leisure and Wellbeing',
    description: "Sports development, health and wellbeing programmes, community sport grants and the council's leisure facilities, including the Queen's Diamond Jubilee Centre.",
    keywords: ['leisure centre', 'swimming', 'sports development', 'physical activity', 'wellbeing', 'sports clubs', 'exercise referral', 'holiday activities'],
    mailbox: 'sport',
    location: "Queen's Diamond Jubilee Centre",
    staff: [
      { title: 'Chief Officer – Leisure and Wellbeing', count: 1, restricted: true },
      { title: 'Sport and Recreation Manager', count: 1 },
      { title: 'Sports Development Officer', count: 3 },
      { title: 'Health and Wellbeing Officer', count: 2 }
    ],
    clo: 'Sports Development Officer',
    deputy: 'Health and Wellbeing Officer',
    cloProfile:
      'I support sports clubs and community activity across the borough. I can help a club in your ward find funding, coaching or facilities, and tell you what activities are running locally for children and older residents.',
    help: 'health and wellbeing programmes, exercise referral and holiday activities'
  },
  {
    title: 'Rugby Art Gallery and Museum',
    directorate: 'Leisure and Wellbeing',
    description: 'Rugby Art Gallery and Museum: exhibitions, the Rugby Collection of modern British art, local history collections, school visits and community learning. The library in the same building is run by the County Council.',
    keywords: ['museum', 'art gallery', 'exhibitions', 'heritage', 'local history', 'school visits', 'arts', 'culture'],
    mailbox: 'ragm',
    location: 'Rugby Art Gallery and Museum',
    staff: [
      { title: 'Museum and Art Gallery Manager', count: 1 },
      { title: 'Curator', count: 2 },
      { title: 'Learning and Engagement Officer', count: 2 },
      { title: 'Visitor Services Assistant', count: 4 }
    ],
    clo: 'Learning and Engagement Officer',
    deputy: 'Curator',
    cloProfile:
      'I run learning and community programmes at the gallery and museum. I can bring a pop-up exhibition or a reminiscence session to a community venue in your ward, and help schools book visits.',
    help: 'exhibitions, collections and local history enquiries'
  },
  {
    title: 'Council Tax',
    directorate: 'Finance and Performance',
    description: 'Council tax bills, discounts and exemptions, payments and instalments, arrears and recovery. The council collects council tax for itself, the County Council, the police and crime commissioner and parish councils.',
    keywords: ['council tax', 'council tax bill', 'single person discount', 'exemption', 'arrears', 'direct debit', 'summons', 'band', 'second homes', 'empty property'],
    mailbox: 'counciltax',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Finance and Performance', count: 1, restricted: true },
      { title: 'Revenues Manager', count: 1 },
      { title: 'Council Tax Team Leader', count: 1 },
      { title: 'Council Tax Officer', count: 6 },
      { title: 'Recovery Officer', count: 2 }
    ],
    clo: 'Council Tax Team Leader',
    deputy: 'Council Tax Officer',
    cloProfile:
      'I lead the council tax team. If a resident is struggling to pay or disputes a bill, I can look at the account (with their permission), explain the options and, where it is right, hold recovery action while we sort it out.',
    help: 'bills, discounts, payment arrangements and recovery action'
  },
  {
    title: 'Business Rates',
    directorate: 'Finance and Performance',
    description: 'Business rates bills, reliefs for small businesses, charities and empty properties, and recovery.',
    keywords: ['business rates', 'small business rate relief', 'rateable value', 'NNDR', 'charity relief', 'empty property relief'],
    mailbox: 'businessrates',
    location: TOWN_HALL,
    staff: [
      { title: 'Business Rates Team Leader', count: 1 },
      { title: 'Business Rates Officer', count: 3 }
    ],
    clo: 'Business Rates Team Leader',
    deputy: 'Business Rates Officer',
    cloProfile:
      'I run the business rates team. I can check whether a business in your ward is getting the reliefs it is entitled to and explain how to challenge a rateable value with the Valuation Office Agency.',
    help: 'business rates bills, reliefs and payment arrangements'
  },
  {
    title: 'Benefits',
    directorate: 'Finance and Performance',
    description: 'Housing Benefit, Council Tax Reduction, discretionary housing payments and the household support and financial inclusion schemes.',
    keywords: ['housing benefit', 'council tax reduction', 'discretionary housing payment', 'cost of living', 'financial hardship', 'universal credit', 'overpayment'],
    mailbox: 'benefits',
    location: TOWN_HALL,
    staff: [
      { title: 'Benefits Manager', count: 1 },
      { title: 'Benefits Team Leader', count: 2 },
      { title: 'Benefits Assessor', count: 7 },
      { title: 'Financial Inclusion Officer', count: 2 }
    ],
    clo: 'Benefits Team Leader',
    deputy: 'Financial Inclusion Officer',
    cloProfile:
      'I supervise the assessment of Housing Benefit and Council Tax Reduction claims. If a resident’s claim is delayed or they think a decision is wrong, send me their details and I will check it and explain how to ask for a reconsideration.',
    help: 'hardship funds, money advice referrals and help with the cost of living'
  },
  {
    title: 'Democratic Services',
    directorate: 'Legal and Governance',
    description: 'Council, Cabinet and committee meetings, agendas and minutes, the constitution, member induction and training, members’ allowances and the register of interests.',
    keywords: ['committee meetings', 'agenda', 'minutes', 'constitution', 'member training', 'register of interests', 'allowances', 'petitions', 'public speaking at meetings'],
    mailbox: 'democratic.services',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Legal and Governance (Monitoring Officer)', count: 1, restricted: true },
      { title: 'Democratic Services Manager', count: 1, restricted: true },
      { title: 'Democratic Services Officer', count: 3 },
      { title: 'Member Support Officer', count: 1 }
    ],
    clo: 'Democratic Services Officer',
    deputy: 'Member Support Officer',
    cloProfile:
      'I clerk Council and committee meetings. Come to me about agendas, speaking at a meeting, submitting a motion or question, your register of interests, or anything you are unsure of in the constitution.',
    help: 'member training, allowances and expenses, and IT for councillors'
  },
  {
    title: 'Electoral Services',
    directorate: 'Legal and Governance',
    description: 'The electoral register, the annual canvass, polling stations and the running of elections and referendums, including postal and proxy votes and voter ID.',
    keywords: ['electoral register', 'register to vote', 'polling station', 'postal vote', 'proxy vote', 'canvass', 'voter ID', 'elections'],
    mailbox: 'elections',
    location: TOWN_HALL,
    staff: [
      { title: 'Electoral Services Manager', count: 1, restricted: true },
      { title: 'Electoral Services Officer', count: 3 },
      { title: 'Electoral Services Assistant', count: 2 }
    ],
    clo: 'Electoral Services Officer',
    deputy: 'Electoral Services Assistant',
    cloProfile:
      'I look after the electoral register and polling arrangements. I can help with questions about registration, postal and proxy votes and voter identification, and I review polling stations in your ward with you.',
    help: 'the electoral register, the annual canvass and postal vote applications'
  },
  {
    title: 'Legal Services',
    directorate: 'Legal and Governance',
    description: 'Legal advice to the council, contracts, property transactions, prosecutions, information governance, and freedom of information and data protection requests.',
    keywords: ['legal advice', 'freedom of information', 'FOI', 'data protection', 'subject access request', 'contracts', 'prosecution', 'complaints to the Ombudsman'],
    mailbox: 'legal',
    location: TOWN_HALL,
    staff: [
      { title: 'Legal Services Manager', count: 1, restricted: true },
      { title: 'Senior Solicitor', count: 2 },
      { title: 'Solicitor', count: 2 },
      { title: 'Paralegal', count: 2 }
    ],
    clo: 'Senior Solicitor',
    deputy: 'Paralegal',
    cloProfile:
      'I advise services on the law and handle the council’s litigation. Councillors can come to me with questions on the Code of Conduct, declaring interests at a meeting, or how data protection applies to casework.',
    help: 'freedom of information and data protection requests, and information governance'
  },
  {
    title: 'HR and Payroll',
    directorate: 'Legal and Governance',
    description: 'Recruitment, payroll, pensions administration for staff, employee relations, learning and development, and health, safety and wellbeing at work.',
    keywords: ['recruitment', 'jobs at the council', 'payroll', 'training', 'apprenticeships', 'staff wellbeing', 'member allowances payments'],
    mailbox: 'hr',
    location: TOWN_HALL,
    staff: [
      { title: 'HR Manager', count: 1 },
      { title: 'HR Business Partner', count: 2 },
      { title: 'HR Advisor', count: 3 },
      { title: 'Payroll Officer', count: 2 },
      { title: 'Learning and Development Officer', count: 1 }
    ],
    clo: 'HR Business Partner',
    deputy: 'Payroll Officer',
    cloProfile:
      'I support managers with recruitment and staffing. I can help with questions about vacancies and apprenticeships at the council, and I support the Employment Committee.',
    help: 'payment of allowances, payslips and P60s for councillors'
  },
  {
    title: 'Customer Services',
    directorate: 'Digital and Communications',
    description: 'The contact centre, the Town Hall reception, online forms and the customer account, and the complaints and compliments process.',
    keywords: ['contact centre', 'complaint', 'compliment', 'reception', 'online forms', 'phone line', 'customer account', 'report it'],
    mailbox: 'customer.services',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Digital and Communications', count: 1, restricted: true },
      { title: 'Customer Services Manager', count: 1 },
      { title: 'Customer Services Team Leader', count: 2 },
      { title: 'Customer Services Advisor', count: 12 }
    ],
    clo: 'Customer Services Team Leader',
    deputy: 'Customer Services Advisor',
    cloProfile:
      'I manage the contact centre team. If a resident has had trouble getting through or a service request seems to have got lost, give me the reference and I will trace it. I also log formal complaints and make sure they are answered on time.',
    help: 'tracing service requests, online forms and formal complaints'
  },
  {
    title: 'ICT',
    directorate: 'Digital and Communications',
    description: 'Computers, phones and systems for staff and councillors, the service desk, cyber security and the council website.',
    keywords: ['IT', 'laptop', 'email', 'password reset', 'Teams', 'cyber security', 'website', 'phone', 'printing'],
    mailbox: 'ict.servicedesk',
    location: TOWN_HALL,
    staff: [
      { title: 'ICT Manager', count: 1 },
      { title: 'Infrastructure Engineer', count: 2 },
      { title: 'Service Desk Analyst', count: 4 },
      { title: 'Business Systems Analyst', count: 2 },
      { title: 'Cyber Security Officer', count: 1 }
    ],
    clo: 'Service Desk Analyst',
    deputy: 'Cyber Security Officer',
    cloProfile:
      'I look after IT support for councillors. I can help with your council laptop and phone, email and Teams, password resets and getting set up with the committee papers app.',
    help: 'suspicious emails, account security and safe use of personal devices'
  },
  {
    title: 'Communications',
    directorate: 'Digital and Communications',
    description: 'Press releases and media enquiries for the council, social media, the council website news, consultations and internal communications, in line with the Code of Recommended Practice on Local Authority Publicity.',
    keywords: ['press release', 'media enquiry', 'social media', 'news', 'consultation', 'publicity code', 'newsletter', 'member briefing'],
    mailbox: 'communications',
    location: TOWN_HALL,
    staff: [
      { title: 'Communications Manager', count: 1, restricted: true },
      { title: 'Communications Officer', count: 2, restricted: true },
      { title: 'Digital Content Officer', count: 2, restricted: true }
    ],
    clo: 'Communications Officer',
    deputy: 'Digital Content Officer',
    cloProfile:
      'I handle media enquiries and the weekly member briefing. I can help you publicise council services and consultations in your ward, and explain what the publicity code allows the council to say, particularly before elections.',
    help: 'council social media, website news and consultation publicity'
  }
];
