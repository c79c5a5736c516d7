/**
 * Rugby Borough's 16 wards and their seats (13 three-seat wards and 3 single-seat wards:
 * 42 councillors), as set by the Rugby (Electoral Changes) arrangements first used in May 2012.
 *
 * Sources: Rugby Borough Council's 2010 submission on warding arrangements (13 three-member wards;
 * single-member wards for Wolvey and Shilton; Clifton, Newton and Churchover; and Leam Valley), and
 * BBC News, "Whole of Rugby Borough Council up for election" (16 new wards, 48 → 42 councillors).
 *
 * GSS CODES ARE NOT CONFIRMED. The real E05 codes could not be found in the reference material
 * available when this was written, so these are placeholders in an unallocated block (E05099xxx)
 * that cannot collide with a real ward. Replace them with the ONS codes before any real use.
 */
export interface WardRow {
  title: string;
  seats: 1 | 2 | 3;
  gssCode: string;
  description: string;
}

export const RUGBY_WARDS: readonly WardRow[] = [
  { title: 'Admirals and Cawston', seats: 3, gssCode: 'E05099001', description: 'West Rugby, including the Admirals area and Cawston.' },
  { title: 'Benn', seats: 3, gssCode: 'E05099002', description: 'The town centre and the streets around it, including Caldecott Park.' },
  { title: 'Bilton', seats: 3, gssCode: 'E05099003', description: 'Bilton village and the surrounding residential streets in south-west Rugby.' },
  { title: 'Clifton, Newton and Churchover', seats: 1, gssCode: 'E05099004', description: 'Rural ward to the north-east of the town, including Clifton upon Dunsmore, Newton and Churchover.' },
  { title: 'Coton and Boughton', seats: 3, gssCode: 'E05099005', description: 'North Rugby, including Coton Park and the Boughton Road area.' },
  { title: 'Dunsmore', seats: 3, gssCode: 'E05099006', description: 'South of the town, including Dunchurch and Thurlaston.' },
  { title: 'Eastlands', seats: 3, gssCode: 'E05099007', description: 'Residential streets east of the town centre.' },
  { title: 'Hillmorton', seats: 3, gssCode: 'E05099008', description: 'South-east Rugby, including Hillmorton village and the canal locks.' },
  { title: 'Leam Valley', seats: 1, gssCode: 'E05099009', description: 'Rural villages in the south-west of the borough, along the River Leam.' },
  { title: 'New Bilton', seats: 3, gssCode: 'E05099010', description: 'New Bilton and the Lawford Road area, west of the town centre.' },
  { title: 'Newbold and Brownsover', seats: 3, gssCode: 'E05099011', description: 'Newbold on Avon and Brownsover, in the north of the town.' },
  { title: 'Paddox', seats: 3, gssCode: 'E05099012', description: 'South-east of the town centre, between the Hillmorton Road and the railway.' },
  { title: 'Revel and Binley Woods', seats: 3, gssCode: 'E05099013', description: 'Rural ward in the west of the borough, including Binley Woods, Brinklow and Brandon.' },
  { title: 'Rokeby and Overslade', seats: 3, gssCode: 'E05099014', description: 'South Rugby, including Rokeby and Overslade.' },
  { title: 'Wolston and the Lawfords', seats: 3, gssCode: 'E05099015', description: 'Wolston, Long Lawford and Church Lawford, west of the town.' },
  { title: 'Wolvey and Shilton', seats: 1, gssCode: 'E05099016', description: 'The most northerly ward, including Wolvey and Shilton.' }
];
