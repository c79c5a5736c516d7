/**
 * Name pools for fictional officers (and the large council's councillors), reflecting the mix of
 * names in a Midlands town today: long-settled English, Welsh, Scottish and Irish families, and
 * British Indian, Pakistani, Bangladeshi, Caribbean, African, Polish, Portuguese and other
 * communities. Combined at random, so any match with a real person is coincidence. Surnames of
 * people named in the source documents are left out on purpose.
 */

export const GIVEN_NAMES: readonly string[] = [
  'Aaliyah', 'Abdul', 'Adam', 'Adeola', 'Agnieszka', 'Aidan', 'Aisha', 'Alan', 'Alex', 'Alice',
  'Amara', 'Amir', 'Amy', 'Ana', 'Andrew', 'Angela', 'Anjali', 'Ann', 'Anna', 'Anthony',
  'Arjun', 'Asif', 'Barbara', 'Bartosz', 'Beatriz', 'Bethan', 'Bilal', 'Bronwen', 'Callum', 'Carl',
  'Caroline', 'Catherine', 'Charlotte', 'Chidi', 'Chloe', 'Chris', 'Claire', 'Craig', 'Daniel', 'Darren',
  'David', 'Deepa', 'Dominika', 'Duncan', 'Eilidh', 'Elaine', 'Ellie', 'Emeka', 'Emily', 'Emma',
  'Farah', 'Fatima', 'Fiona', 'Francesca', 'Gary', 'Gemma', 'George', 'Grace', 'Graham', 'Gurdeep',
  'Hamza', 'Harriet', 'Harry', 'Heather', 'Ian', 'Inês', 'Irene', 'Jack', 'Jacqueline', 'Jade',
  'Jake', 'Jamal', 'Jas', 'Jasmine', 'Jason', 'Jennifer', 'Joanna', 'João', 'Joe', 'Jordan',
  'Joseph', 'Julie', 'Karen', 'Karolina', 'Katie', 'Kavita', 'Kelly', 'Kieran', 'Kiran', 'Krzysztof',
  'Laura', 'Lauren', 'Leah', 'Leanne', 'Lee', 'Lewis', 'Lisa', 'Lucy', 'Luke', 'Lydia',
  'Mandeep', 'Marcus', 'Maria', 'Marta', 'Matthew', 'Megan', 'Michelle', 'Mohammed', 'Molly', 'Nathan',
  'Neil', 'Nicola', 'Niamh', 'Nikhil', 'Oliver', 'Olivia', 'Omar', 'Patrick', 'Pooja', 'Priya',
  'Rachel', 'Rahul', 'Ravinder', 'Rhys', 'Rob', 'Ruth', 'Ryan', 'Saima', 'Sam', 'Samantha',
  'Sandeep', 'Sara', 'Scott', 'Sean', 'Shabana', 'Sian', 'Simone', 'Sophie', 'Stacey', 'Stuart',
  'Tariq', 'Tendai', 'Tiago', 'Tracey', 'Usman', 'Vanessa', 'Victoria', 'Wojciech', 'Yasmin', 'Zara'
];

export const FAMILY_NAMES: readonly string[] = [
  'Abbott', 'Adebayo', 'Ahmed', 'Akhtar', 'Ali', 'Allen', 'Anderson', 'Armstrong', 'Arnold', 'Atkinson',
  'Bailey', 'Baker', 'Ball', 'Banks', 'Barker', 'Begum', 'Bennett', 'Bhatti', 'Bird', 'Bishop',
  'Boyle', 'Bradley', 'Brennan', 'Briggs', 'Burton', 'Byrne', 'Campbell', 'Carter', 'Chauhan', 'Choudhury',
  'Clarke', 'Cole', 'Collins', 'Cooper', 'Costa', 'Cox', 'Dale', 'Das', 'Davies', 'Dawson',
  'Dhillon', 'Dixon', 'Dobson', 'Duffy', 'Dunn', 'Evans', 'Ferreira', 'Field', 'Fisher', 'Foster',
  'Fox', 'Francis', 'Gardner', 'Gibson', 'Gill', 'Gordon', 'Graham', 'Grant', 'Gray', 'Griffiths',
  'Hall', 'Hamilton', 'Hewitt', 'Hart', 'Hayes', 'Henry', 'Hill', 'Holt', 'Hope', 'Howard',
  'Hughes', 'Hunt', 'Iqbal', 'Jackson', 'James', 'Jenkins', 'Johal', 'Johnson', 'Jones', 'Joshi',
  'Kaur', 'Kelly', 'Kennedy', 'Khan', 'King', 'Knight', 'Kozłowski', 'Kumar', 'Lamb', 'Lane',
  'Lee', 'Lloyd', 'Lopes', 'Lynch', 'Macdonald', 'Mahmood', 'Malik', 'Mann', 'Martin', 'Mason',
  'Matthews', 'McCarthy', 'McKenzie', 'Miller', 'Mills', 'Mitchell', 'Moore', 'Morris', 'Murphy', 'Murray',
  'Nash', 'Nicholls', 'Nwosu', "O'Brien", "O'Neill", 'Oliveira', 'Osei', 'Owen', 'Palmer', 'Patel',
  'Pearce', 'Pereira', 'Phillips', 'Powell', 'Price', 'Quinn', 'Rahman', 'Randall', 'Reid', 'Reynolds',
  'Rhodes', 'Richards', 'Riley', 'Robinson', 'Rose', 'Russell', 'Saini', 'Santos', 'Scott', 'Shah',
  'Sharma', 'Shaw', 'Sheikh', 'Singh', 'Smith', 'Stevens', 'Sullivan', 'Sutton', 'Taylor', 'Thomas',
  'Thompson', 'Turner', 'Wade', 'Walker', 'Walsh', 'Ward', 'Watts', 'Webb', 'Wells', 'White',
  'Wiśniewski', 'Williams', 'Wilson', 'Wood', 'Woods', 'Wright', 'Wyatt', 'Yates', 'Young', 'Zielinski'
];

/** Skills and interests for generated councillors (3–6 each). */
export const SKILLS: readonly string[] = [
  'Planning', 'Town centre regeneration', 'Accountancy', 'Youth work', 'Armed forces', 'Rural affairs',
  'Housing', 'Education', 'Health and social care', 'Climate change', 'Law', 'Small business',
  'Community safety', 'Licensing', 'Transport', 'Heritage', 'Sport and leisure', 'Equality and diversity',
  'Engineering', 'IT and digital', 'Older people', 'Volunteering', 'Parish councils', 'Flooding',
  'Economic development', 'Audit', 'Scrutiny', 'Nursing', 'Teaching', 'Carers', 'Biodiversity', 'Arts and culture'
];

/** Place-name parts for the large council's fictional wards. */
export const PLACE_ROOTS: readonly string[] = [
  'Abbey', 'Ashdown', 'Barrow', 'Beacon', 'Birchfield', 'Bramley', 'Brook', 'Castle', 'Chapel', 'Church',
  'Coldharbour', 'Copse', 'Cross', 'Dale', 'Deanery', 'Elmwood', 'Fairfield', 'Fernhill', 'Forest', 'Foxley',
  'Gatehouse', 'Glebe', 'Hallcroft', 'Harbour', 'Hawthorn', 'Heath', 'Highfield', 'Holme', 'Kingsway', 'Lakeside',
  'Larkhill', 'Longmeadow', 'Marsh', 'Meadow', 'Mill', 'Moorside', 'Newlands', 'Northgate', 'Oakfield', 'Orchard',
  'Parkside', 'Priory', 'Quarry', 'Riverside', 'Rowan', 'St Anne’s', 'St Mark’s', 'Southgate', 'Stonebridge', 'Thornbury',
  'Tower', 'Valley', 'Westfield', 'Willow', 'Windmill', 'Woodside'
];

export const PLACE_SUFFIXES: readonly string[] = ['', ' North', ' South', ' East', ' West', ' Central', ' and Rural'];
