/**
 * Rugby Borough Council's services, part 1: leadership, Operations and Traded Services,
 * Regulation and Safety, Growth and Investment. Descriptions and profiles are officer-owned text:
 * politically neutral, no party names. Staff are fictional; job titles are the usual district ones.
 */
import type { ServiceRow } from './serviceRow';

const TOWN_HALL = 'Town Hall, Rugby';
const DEPOT = 'Depot, Hunters Lane';

export const RUGBY_SERVICES_A: readonly ServiceRow[] = [
  {
    title: 'Leadership Team Support',
    directorate: 'Leadership Team',
    description:
      "Support for the council's Leadership Team: the Executive Director (Head of Paid Service) and the Chief Officers. Arranges meetings with chief officers and routes enquiries to the right service.",
    keywords: ['executive director', 'chief officers', 'leadership team', 'meeting request', 'corporate strategy', 'escalation'],
    mailbox: 'executive.office',
    location: TOWN_HALL,
    staff: [
      { title: 'Executive Director', count: 1, restricted: true },
      { title: 'Executive Support Manager', count: 1 },
      { title: 'Executive Support Officer', count: 1 }
    ],
    clo: 'Executive Support Manager',
    deputy: 'Executive Support Officer',
    cloProfile:
      "I look after the diaries and correspondence of the Executive Director and the Chief Officers. If you need a meeting with a chief officer, or you are not sure which service deals with something, I will find the right person and make sure you get a reply.",
    help: 'meeting requests for the Leadership Team and finding the right service for a query'
  },
  {
    title: 'Waste and Recycling',
    directorate: 'Operations and Traded Services',
    description:
      'Household bin collections (general waste, recycling and food waste), the paid garden waste service, bulky waste collections, assisted collections and new or replacement bins. The household waste recycling centres are run by the County Council.',
    keywords: ['bins', 'missed collection', 'recycling', 'brown bin', 'garden waste', 'food waste', 'bulky waste', 'assisted collection', 'new bin', 'bin day', 'trade waste'],
    mailbox: 'waste',
    location: DEPOT,
    staff: [
      { title: 'Chief Officer – Operations and Traded Services', count: 1, restricted: true },
      { title: 'Waste Services Manager', count: 1 },
      { title: 'Waste Operations Team Leader', count: 2 },
      { title: 'Waste and Recycling Officer', count: 3 },
      { title: 'Refuse Collection Driver', count: 8 },
      { title: 'Waste Operative', count: 8 }
    ],
    clo: 'Waste Operations Team Leader',
    deputy: 'Waste and Recycling Officer',
    cloProfile:
      'I run the collection rounds day to day. Come to me about missed collections on a street, crews and access problems, assisted collections for residents who need help with their bins, and changes to collection days.',
    help: 'missed bins, new and replacement bins, garden waste subscriptions and bulky waste bookings'
  },
  {
    title: 'Street Cleansing',
    directorate: 'Operations and Traded Services',
    description:
      'Litter picking, litter and dog bins, street sweeping, graffiti and fly-posting removal, clearing fly-tipping on public land, and enforcement against littering and dumping. Potholes, street lights and road gullies are County Council matters.',
    keywords: ['fly-tipping', 'litter', 'dog fouling', 'graffiti', 'street sweeping', 'litter bin', 'dog bin', 'fly-posting', 'needles', 'dumped rubbish', 'fixed penalty'],
    mailbox: 'streetscene',
    location: DEPOT,
    staff: [
      { title: 'Street Scene Manager', count: 1 },
      { title: 'Street Cleansing Supervisor', count: 2 },
      { title: 'Environmental Crime Enforcement Officer', count: 2 },
      { title: 'Street Cleansing Operative', count: 8 }
    ],
    clo: 'Street Cleansing Supervisor',
    deputy: 'Environmental Crime Enforcement Officer',
    cloProfile:
      'I organise the cleansing crews for the town wards. Tell me about fly-tipping, litter hot spots, graffiti or dog fouling and I will get it cleared and let you know when it is done. I can also arrange extra sweeps before community events.',
    help: 'fly-tipping investigations, fixed penalty notices for littering and evidence from residents',
    cloWards: ['Benn', 'Eastlands', 'New Bilton', 'Newbold and Brownsover', 'Paddox', 'Rokeby and Overslade', 'Hillmorton', 'Bilton']
  },
  {
    title: 'Parks and Open Spaces',
    directorate: 'Operations and Traded Services',
    description:
      "Parks, play areas, sports pitches, allotments, trees on council land and grounds maintenance, including Caldecott Park and the Great Central Walk. Trees on the highway are looked after by the County Council.",
    keywords: ['parks', 'play area', 'trees', 'grass cutting', 'allotments', 'playground', 'sports pitches', 'hedges', 'tree preservation order', 'open space', 'benches'],
    mailbox: 'parks',
    location: DEPOT,
    staff: [
      { title: 'Parks and Grounds Manager', count: 1 },
      { title: 'Parks Development Officer', count: 2 },
      { title: 'Tree Officer', count: 1 },
      { title: 'Grounds Maintenance Supervisor', count: 2 },
      { title: 'Gardener', count: 8 }
    ],
    clo: 'Parks Development Officer',
    deputy: 'Tree Officer',
    cloProfile:
      'I look after improvement projects in our parks and play areas and work with friends-of-parks groups. Contact me about damaged play equipment, grass cutting, allotment waiting lists or ideas for a green space in your ward.',
    help: 'trees on council land, tree preservation orders and overhanging branches'
  },
  {
    title: 'Bereavement Services',
    directorate: 'Operations and Traded Services',
    description: 'Rainsbrook Crematorium and the council cemeteries: cremations, burials, memorials, grave maintenance and the book of remembrance.',
    keywords: ['crematorium', 'cemetery', 'funeral', 'burial', 'memorial', 'headstone', 'grave', 'ashes', 'book of remembrance'],
    mailbox: 'bereavement',
    location: 'Rainsbrook Crematorium',
    staff: [
      { title: 'Bereavement Services Manager', count: 1 },
      { title: 'Crematorium Supervisor', count: 1 },
      { title: 'Bereavement Services Officer', count: 3 },
      { title: 'Cemetery Operative', count: 3 }
    ],
    clo: 'Bereavement Services Officer',
    deputy: 'Crematorium Supervisor',
    cloProfile:
      'I help families arrange cremations and burials and deal with questions about graves and memorials. If a resident contacts you about the upkeep of a cemetery or a memorial, pass it to me and I will respond sensitively and quickly.',
    help: 'cemetery upkeep, memorial safety and arrangements at the crematorium'
  },
  {
    title: 'Car Parking',
    directorate: 'Operations and Traded Services',
    description:
      'Council car parks, parking permits, season tickets and penalty charge notices in council car parks. On-street parking restrictions, yellow lines and residents’ parking schemes are County Council matters.',
    keywords: ['car parks', 'parking permit', 'season ticket', 'penalty charge notice', 'pay and display', 'blue badge parking', 'electric vehicle charging'],
    mailbox: 'parking',
    location: TOWN_HALL,
    staff: [
      { title: 'Parking Services Manager', count: 1 },
      { title: 'Car Parks Officer', count: 2 },
      { title: 'Civil Enforcement Officer', count: 5 }
    ],
    clo: 'Car Parks Officer',
    deputy: 'Parking Services Manager',
    cloProfile:
      'I manage the day-to-day running of our car parks. I can help with permits, faulty pay machines, lighting or surfacing in a car park, and challenges to penalty charge notices issued in council car parks.',
    help: 'car park tariffs, electric vehicle charge points and permits'
  },
  {
    title: 'Environmental Health',
    directorate: 'Regulation and Safety',
    description:
      'Food safety and hygiene ratings, health and safety at work in shops and offices, noise and other nuisances, air quality, contaminated land, pest control advice and infectious disease control.',
    keywords: ['noise', 'nuisance', 'food hygiene', 'food safety', 'air quality', 'pests', 'rats', 'bonfires', 'smoke', 'odour', 'contaminated land', 'health and safety'],
    mailbox: 'ehealth',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Regulation and Safety', count: 1, restricted: true },
      { title: 'Environmental Health Manager', count: 1 },
      { title: 'Senior Environmental Health Officer', count: 2 },
      { title: 'Environmental Health Officer', count: 5 },
      { title: 'Environmental Health Technical Officer', count: 3 }
    ],
    clo: 'Senior Environmental Health Officer',
    deputy: 'Environmental Health Officer',
    cloProfile:
      'I lead on noise and nuisance complaints and food safety. I can explain what we can and cannot act on, how residents keep a noise diary, and where an investigation has got to. For a food business in your ward, I can tell you its inspection history.',
    help: 'noise complaints, food hygiene ratings, bonfires and air quality'
  },
  {
    title: 'Licensing',
    directorate: 'Regulation and Safety',
    description:
      'Licences for pubs, shops selling alcohol, late-night food, taxis and private hire vehicles and drivers, street trading, gambling, animal welfare and charity collections. Licensing hearings are held by the Licensing and Safety Committee and the Regulatory Committee.',
    keywords: ['taxi', 'private hire', 'premises licence', 'alcohol licence', 'temporary event notice', 'street trading', 'gambling', 'animal licence', 'licensing hearing', 'scrap metal'],
    mailbox: 'licensing',
    location: TOWN_HALL,
    staff: [
      { title: 'Licensing Manager', count: 1 },
      { title: 'Senior Licensing Officer', count: 1 },
      { title: 'Licensing Officer', count: 3 },
      { title: 'Licensing Enforcement Officer', count: 2 }
    ],
    clo: 'Senior Licensing Officer',
    deputy: 'Licensing Officer',
    cloProfile:
      'I deal with premises licences and taxi licensing. I can tell you about applications in your ward, how residents can make a representation before the closing date, and how to report concerns about a licensed premises or vehicle.',
    help: 'licence applications in your ward, temporary event notices and taxi licensing'
  },
  {
    title: 'Community Safety',
    directorate: 'Regulation and Safety',
    description:
      'Anti-social behaviour casework, the Community Safety Partnership with the police and partners, public space protection orders, CCTV in the town centre and safeguarding referrals.',
    keywords: ['anti-social behaviour', 'ASB', 'CCTV', 'community safety', 'public space protection order', 'safeguarding', 'community trigger', 'neighbour dispute', 'youth nuisance'],
    mailbox: 'communitysafety',
    location: TOWN_HALL,
    staff: [
      { title: 'Community Safety Manager', count: 1 },
      { title: 'Community Safety Officer', count: 3 },
      { title: 'Anti-social Behaviour Officer', count: 2 },
      { title: 'CCTV Operator', count: 6 }
    ],
    clo: 'Community Safety Officer',
    deputy: 'Anti-social Behaviour Officer',
    cloProfile:
      'I co-ordinate the council’s work with the police and partners on anti-social behaviour. Bring me concerns about a location or a pattern of incidents in your ward and I will make sure it is raised at the next partnership tasking meeting.',
    help: 'anti-social behaviour cases, the community trigger and CCTV requests'
  },
  {
    title: 'Emergency Planning',
    directorate: 'Regulation and Safety',
    description:
      'Plans for emergencies such as flooding, severe weather and major incidents, rest centres, community resilience plans and business continuity, working with the Warwickshire local resilience forum.',
    keywords: ['emergency', 'flooding', 'sandbags', 'severe weather', 'rest centre', 'community resilience', 'business continuity', 'major incident'],
    mailbox: 'emergencyplanning',
    location: TOWN_HALL,
    staff: [
      { title: 'Emergency Planning and Business Continuity Officer', count: 1 },
      { title: 'Resilience Officer', count: 1 }
    ],
    clo: 'Emergency Planning and Business Continuity Officer',
    deputy: 'Resilience Officer',
    cloProfile:
      'I write and test the council’s emergency plans. I can help a parish or community group draw up a community resilience plan, and during an incident I am the person to ask for the latest position in your ward.',
    help: 'community resilience plans, flood preparation and what happens during an incident'
  },
  {
    title: 'Building Control',
    directorate: 'Regulation and Safety',
    description:
      'Building regulations applications and inspections, completion certificates, dangerous structures, demolition notices and advice on accessible building work.',
    keywords: ['building regulations', 'dangerous structure', 'completion certificate', 'demolition', 'extension', 'loft conversion', 'fire safety'],
    mailbox: 'buildingcontrol',
    location: TOWN_HALL,
    staff: [
      { title: 'Building Control Manager', count: 1 },
      { title: 'Principal Building Control Surveyor', count: 1 },
      { title: 'Building Control Surveyor', count: 4 },
      { title: 'Building Control Technical Assistant', count: 2 }
    ],
    clo: 'Principal Building Control Surveyor',
    deputy: 'Building Control Surveyor',
    cloProfile:
      'I manage building regulations inspections. If you are worried about a dangerous wall or building, or about building work that does not look right, contact me and a surveyor will visit, out of hours if needed.',
    help: 'building regulations questions, dangerous structures and demolition notices'
  },
  {
    title: 'Planning Applications (Development Management)',
    directorate: 'Growth and Investment',
    description:
      'Planning applications, pre-application advice, listed building consent, tree works in conservation areas and the reports to Planning Committee.',
    keywords: ['planning application', 'planning permission', 'extension', 'objection', 'pre-application advice', 'listed building', 'planning committee', 'call-in', 'householder', 'consultation'],
    mailbox: 'planning',
    location: TOWN_HALL,
    staff: [
      { title: 'Chief Officer – Growth and Investment', count: 1, restricted: true },
      { title: 'Development Management Manager', count: 1 },
      { title: 'Principal Planning Officer', count: 3 },
      { title: 'Senior Planning Officer', count: 4 },
      { title: 'Planning Officer', count: 5 },
      { title: 'Planning Technician', count: 3 }
    ],
    clo: 'Principal Planning Officer',
    deputy: 'Senior Planning Officer',
    cloProfile:
      'I can tell you about any planning application in your ward: who the case officer is, when the consultation closes and when a decision is due. I also explain how ward councillors can ask for an application to go to Planning Committee.',
    help: 'the progress of planning applications, consultation dates and committee referrals'
  },
  {
    title: 'Planning Enforcement',
    directorate: 'Growth and Investment',
    description:
      'Investigating building work or changes of use without planning permission, breaches of planning conditions, unauthorised advertisements and works to protected trees.',
    keywords: ['planning enforcement', 'breach of planning', 'unauthorised building', 'change of use', 'planning conditions', 'advertisements', 'enforcement notice'],
    mailbox: 'planning.enforcement',
    location: TOWN_HALL,
    staff: [
      { title: 'Planning Enforcement Team Leader', count: 1 },
      { title: 'Planning Enforcement Officer', count: 3 }
    ],
    clo: 'Planning Enforcement Team Leader',
    deputy: 'Planning Enforcement Officer',
    cloProfile:
      'I lead the planning enforcement team and cover the town wards. Tell me about building work or a change of use you think needs permission. I will open a case, tell you the reference, and update you at each stage.',
    help: 'enforcement cases in the rural wards and parishes',
    cloWards: ['Benn', 'Bilton', 'Eastlands', 'Hillmorton', 'New Bilton', 'Newbold and Brownsover', 'Paddox', 'Rokeby and Overslade', 'Admirals and Cawston', 'Coton and Boughton'],
    deputyWards: ['Clifton, Newton and Churchover', 'Dunsmore', 'Leam Valley', 'Revel and Binley Woods', 'Wolston and the Lawfords', 'Wolvey and Shilton']
  },
  {
    title: 'Planning Policy',
    directorate: 'Growth and Investment',
    description:
      'The Local Plan, neighbourhood plans, supplementary planning documents, conservation areas, the community infrastructure levy and section 106 agreements.',
    keywords: ['local plan', 'neighbourhood plan', 'conservation area', 'section 106', 'developer contributions', 'housing land supply', 'green belt', 'design guide'],
    mailbox: 'localplan',
    location: TOWN_HALL,
    staff: [
      { title: 'Planning Policy Manager', count: 1 },
      { title: 'Senior Planning Policy Officer', count: 2 },
      { title: 'Planning Policy Officer', count: 2 },
      { title: 'Conservation Officer', count: 1 }
    ],
    clo: 'Senior Planning Policy Officer',
    deputy: 'Conservation Officer',
    cloProfile:
      'I work on the Local Plan review and support parishes preparing neighbourhood plans. I can brief you on sites proposed in your ward, consultation timetables and how section 106 money from developments is being spent.',
    help: 'conservation areas, listed buildings and neighbourhood plans'
  },
  {
    title: 'Economic Development',
    directorate: 'Growth and Investment',
    description: 'Support for local businesses and inward investment, skills and employment programmes, business grants and the visitor economy.',
    keywords: ['business support', 'grants', 'inward investment', 'jobs', 'skills', 'apprenticeships', 'tourism', 'visitor economy', 'business start-up'],
    mailbox: 'business',
    location: TOWN_HALL,
    staff: [
      { title: 'Economic Development Manager', count: 1 },
      { title: 'Economic Development Officer', count: 3 }
    ],
    clo: 'Economic Development Officer',
    deputy: 'Economic Development Manager',
    cloProfile:
      'I am the first contact for businesses that want support, grants or help with recruitment. If a business in your ward is expanding, struggling or thinking of moving, introduce us and I will follow up within two working days.',
    help: 'business grants, inward investment enquiries and skills programmes'
  },
  {
    title: 'Town Centre',
    directorate: 'Growth and Investment',
    description: 'Town centre management, the markets, events in the town centre, empty shops and work with town centre businesses.',
    keywords: ['town centre', 'market', 'events', 'empty shops', 'high street', 'Christmas lights', 'street entertainment', 'regeneration'],
    mailbox: 'towncentre',
    location: TOWN_HALL,
    staff: [
      { title: 'Town Centre Manager', count: 1 },
      { title: 'Town Centre and Events Officer', count: 2 },
      { title: 'Markets Officer', count: 1 }
    ],
    clo: 'Town Centre and Events Officer',
    deputy: 'Markets Officer',
    cloProfile:
      'I organise town centre events and work with shops and businesses on the high street. Talk to me about the events programme, street trading, vacant units or anything that affects the look and feel of the town centre.',
    help: 'the markets, market traders and stall bookings'
  },
  {
    title: 'Property and Estates',
    directorate: 'Growth and Investment',
    description: 'Council-owned land and buildings, commercial leases, community buildings, asset transfers and the Town Hall facilities.',
    keywords: ['council land', 'lease', 'community building', 'asset transfer', 'land ownership', 'encroachment', 'Town Hall rooms'],
    mailbox: 'property',
    location: TOWN_HALL,
    staff: [
      { title: 'Corporate Property Manager', count: 1 },
      { title: 'Estates Surveyor', count: 2 },
      { title: 'Facilities Officer', count: 2 }
    ],
    clo: 'Estates Surveyor',
    deputy: 'Facilities Officer',
    cloProfile:
      'I manage the council’s land and leases. I can check who owns a piece of land, deal with encroachment onto council land, and advise community groups on leasing or taking over a council building.',
    help: 'Town Hall rooms, building maintenance and community centre bookings'
  }
];
