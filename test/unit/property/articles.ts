// Deterministic news articles from templates: clusters of coverage of one event with quotes, speakers, dates, numbers and NBSPs.

/** A small seeded PRNG (mulberry32): same seed, same articles, on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const FIRST = ['Elena', 'Tomas', 'Ingrid', 'Marta', 'Jonas', 'Amira', 'Pieter', 'Sofia', 'Kwame', 'Lucia', 'Henrik', 'Nadia', 'Oskar', 'Priya', 'Rafael', 'Yuki', 'Fatima', 'Lars', 'Beatriz', 'Dmitri', 'Grace', 'Hamid', 'Ines', 'Mateo', 'Olga', 'Samuel', 'Chen', 'Aisha', 'Viktor', 'Zofia'];
const LAST = ['Vasquez', 'Brekke', 'Solberg', 'Lind', 'Okafor', 'Haddad', 'de Vries', 'Moreau', 'Mensah', 'Ferreira', 'Nilsson', 'Karimi', 'Berg', 'Raman', 'Castillo', 'Tanaka', 'Benali', 'Holm', 'Souza', 'Volkov', 'Adeyemi', 'Rahimi', 'Costa', 'Ortega', 'Petrova', 'Asante', 'Wei', 'Diallo', 'Novak', 'Kowalska'];
const TITLES = ['Mayor', 'Finance Minister', 'Transport Minister', 'Health Minister', 'Governor', 'Police Chief', 'Council Leader', 'Union Leader', 'Chief Executive', 'Fire Chief', 'Harbour Master', 'Education Minister'];
const PLACES = ['Lindholm', 'Norrvik', 'Port Amsel', 'Kestrel Bay', 'Marlow', 'Vesterby', 'Santa Ines', 'Old Mere', 'Brightwater', 'Tarnow', 'Halden', 'Corvo', 'Eastmoor', 'Riverton', 'Saltcombe', 'Weyland'];
const OUTLETS = ['Harbour Gazette', 'Coastal Wire', 'Evening Ledger', 'Morning Courier', 'Daily Sentinel', 'Valley Herald', 'Metro Post', 'Northern Standard', 'City Chronicle', 'Island Times'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Topic {
  noun: string;
  action: string;
  units: string[];
  quotes: string[];
  background: string[];
}

const TOPICS: Topic[] = [
  { noun: 'bridge', action: 'ordered the {place} bridge closed to all traffic', units: ['vehicles', 'supports', 'engineers'], quotes: ['We will not gamble with the lives of people who cross that bridge every day', 'The repairs will take at least {n} weeks and we will not cut corners', 'Nobody should have to wonder whether the road under them will hold', 'Every hour of delay costs the shops on the quay'], background: ['The bridge was built in {year} and last renovated two decades later.', 'Engineers examined {n} supports over three days.', 'Ferry operators said they would add extra crossings.'] },
  { noun: 'budget', action: 'presented a budget that cuts spending on roads and raises school funding', units: ['teachers', 'schools', 'kilometres'], quotes: ['This budget puts our children first and our roads second', 'We cannot borrow our way out of a problem we spent our way into', 'The numbers simply do not add up for working families', 'Every line of this plan has been checked twice'], background: ['The opposition called the plan reckless.', 'The council will vote on the budget next month.', 'Spending on schools rose by {n} percent last year.'] },
  { noun: 'strike', action: 'called a strike at the city port', units: ['workers', 'ships', 'containers'], quotes: ['Our members have been patient for long enough', 'We are ready to talk at any hour of the day or night', 'A strike hurts everyone and helps no one', 'The offer on the table is an insult to the people who keep this port running'], background: ['Talks broke down after {n} hours of negotiation.', 'Shipping companies diverted vessels to other harbours.', 'The last strike at the port lasted two weeks.'] },
  { noun: 'flood', action: 'declared a state of emergency after the river burst its banks', units: ['homes', 'residents', 'millimetres'], quotes: ['We have never seen water rise this fast in living memory', 'Please stay away from the river until the water goes down', 'The defences held where we had finished the work', 'Help is on its way to every street that needs it'], background: ['Forecasters had warned of heavy rain for a week.', 'Volunteers filled sandbags through the night.', 'Insurers expect claims to run into the millions.'] },
  { noun: 'hospital', action: 'announced the closure of the emergency ward at the general hospital', units: ['beds', 'nurses', 'patients'], quotes: ['Patients will still be seen, just not in the same building', 'This decision was not taken lightly by anyone in this room', 'Closing the ward will cost lives and everyone knows it', 'We need more nurses, not more buildings'], background: ['The hospital treated {n} patients in its emergency ward last year.', 'Staff learned of the decision by email.', 'A petition against the closure has gathered thousands of signatures.'] },
  { noun: 'factory', action: 'said the car parts factory would close with the loss of hundreds of jobs', units: ['jobs', 'workers', 'cars'], quotes: ['The market has changed faster than anyone expected', 'These families deserve better than a press release', 'We will help every worker find a new job', 'The factory has been the heart of this town for sixty years'], background: ['The plant opened in {year}.', 'Orders fell sharply after the main customer moved production abroad.', 'Local shops fear a drop in trade.'] },
  { noun: 'election', action: 'called an early election for the regional assembly', units: ['seats', 'votes', 'candidates'], quotes: ['The people deserve a say on the direction of this region', 'We are ready for this campaign and we intend to win it', 'This is a cynical move by a government that has run out of ideas', 'Every vote will count in this election'], background: ['The assembly has {n} seats.', 'Polls suggest a close race.', 'Turnout at the last election was below average.'] },
  { noun: 'rail', action: 'opened the new rail line between the airport and the city centre', units: ['passengers', 'trains', 'minutes'], quotes: ['This line will change how people move around the region', 'The trains will run every ten minutes from dawn to midnight', 'It is late and over budget but it is finally here', 'We listened to commuters at every step of the project'], background: ['Construction took {n} years.', 'The project cost more than twice the original estimate.', 'Ticket prices will be frozen for the first year.'] },
  { noun: 'fire', action: 'said firefighters had contained the forest fire north of the town', units: ['hectares', 'firefighters', 'homes'], quotes: ['The wind turned at exactly the wrong moment', 'Our crews worked through the night without a break', 'We owe those firefighters more than we can ever repay', 'Nobody was hurt and that is what matters most'], background: ['Dry weather had raised the risk of fires for weeks.', 'Roads in the area remain closed.', 'Aircraft dropped water on the flames until dusk.'] },
  { noun: 'school', action: 'unveiled a plan to merge three primary schools', units: ['pupils', 'teachers', 'classrooms'], quotes: ['Smaller schools cannot offer what our children need', 'Parents were never asked what they think of this plan', 'We will keep every teacher on the payroll', 'A longer bus ride is a small price for a better school'], background: ['Enrolment has fallen by {n} percent in a decade.', 'A consultation will run until the summer.', 'Two of the schools are more than a century old.'] },
  { noun: 'housing', action: 'approved plans for new affordable homes on the old rail yard', units: ['homes', 'flats', 'families'], quotes: ['People who work in this city should be able to live in it', 'We will build faster than any council before us', 'These homes are a start, not the end of the story', 'The waiting list is longer than it has ever been'], background: ['More than {n} families are on the waiting list.', 'Building work will start next spring.', 'Residents raised concerns about traffic.'] },
  { noun: 'energy', action: 'signed a contract for an offshore wind farm off the coast', units: ['turbines', 'megawatts', 'households'], quotes: ['This is the biggest investment in clean power this region has ever seen', 'Fishermen were not consulted and they will pay the price', 'The turbines will power every home in the province', 'We are proving that green jobs are real jobs'], background: ['The farm will have {n} turbines.', 'The first power is expected in three years.', 'Environmental groups welcomed the decision.'] },
];

const FILLER_SUBJECTS = ['Residents', 'Local businesses', 'Opposition councillors', 'Analysts', 'Community groups', 'Officials', 'Commuters', 'Shop owners', 'Campaigners', 'Economists', 'Teachers', 'Neighbours'];
const FILLER_VERBS = ['expressed concern about', 'welcomed', 'questioned', 'criticised', 'asked for details of', 'raised doubts about', 'praised', 'called for a review of', 'demanded answers about', 'remained divided over'];
const FILLER_OBJECTS = ['the timing of the decision', 'the cost to taxpayers', 'the lack of consultation', 'the long-term plan', 'the impact on jobs', 'the communication from the council', 'the schedule for the work', 'the role of the national government', 'the effect on local traffic', 'the promised compensation'];
const FILLER_TAILS = ['in interviews this week.', 'at a packed public meeting.', 'in a letter to the council.', 'on local radio.', 'according to people familiar with the talks.', 'in a statement released late in the evening.', 'during a tense session of the council.', 'though few expected a quick answer.'];
const EXTRA = ['The decision follows months of debate in {place}.', 'Officials in {place} said more details would follow.', 'Critics said the announcement raised more questions than it answered.', 'A spokesperson for the {outlet} declined to comment further.', 'The {noun} has been a source of controversy for years.', 'Residents of {place} have been invited to a public meeting.', 'More than {n} people attended the first meeting — a record for the town hall.', 'The national government has not yet said whether it will step in.', 'Reporters waited outside the building for more than an hour.', 'The story was first reported by local radio.'];
const OPENERS = ['Let me be clear:', 'Frankly,', 'As of this morning,', 'To put it simply,', 'I want to say this:', 'For the record,', 'Honestly,', 'Above all,', 'Make no mistake,', 'In short,', 'Believe me,', 'Right now,', 'As I told the council,', 'Once again,', 'At the end of the day,', 'For now,'];
const EMOJI = ['🚧', '🌊', '🔥', '📉', '🗳️', '🚆'];

export interface Event {
  id: number;
  place: string;
  topic: Topic;
  speakers: Array<{ title: string; first: string; last: string }>;
  day: Date;
  numbers: Array<{ n: number; unit: string }>;
  quotes: string[];
}

export function makeEvent(r: Rand, id: number): Event {
  const topic = pick(r, TOPICS);
  const place = pick(r, PLACES);
  const speakers = Array.from({ length: 3 }, () => ({ title: pick(r, TITLES), first: pick(r, FIRST), last: pick(r, LAST) }));
  // Days between 2019 and 2026: clusters are far enough apart that claims of different events rarely collide.
  const day = new Date(Date.UTC(2019, 0, 1) + int(r, 0, 2600) * 86400000);
  const numbers = topic.units.map((unit) => ({ n: int(r, 3, 15000), unit }));
  // Every event words its quotes its own way (an opener and a tail), so only coverage of the same event shares them.
  const quotes = topic.quotes.map(
    (q) =>
      `${pick(r, OPENERS)} ${q.replace('{n}', String(int(r, 2, 12)))}` +
      (r() < 0.7 ? `, ${pick(r, ['and that is final', 'whatever the critics say', 'for the sake of ' + place, 'as we promised last year', 'starting today', 'in ' + place + ' and beyond', 'for every family in ' + place, 'and we said so ' + pick(r, WEEKDAYS.slice(1)).toLowerCase()])}` : ''),
  );
  return { id, place, topic, speakers, day, numbers, quotes };
}

const fmtDay = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const num = (r: Rand, n: number): string => (n >= 1000 ? (r() < 0.3 ? n.toLocaleString('en').replace(',', '\u00a0') : n.toLocaleString('en')) : String(n));

/** One outlet's article about an event; `variant` picks its wording, its quotes and (sometimes) a conflicting fact. */
export function makeArticle(r: Rand, ev: Event, outlet: string, targetChars = 4500): string {
  const published = new Date(ev.day.getTime() + int(r, 0, 1) * 86400000);
  const [lead, second, third] = ev.speakers;
  const leadName = `${lead.first} ${lead.last}`;
  const weekday = WEEKDAYS[ev.day.getUTCDay()];
  const when = published.getTime() === ev.day.getTime() ? 'on ' + weekday : r() < 0.5 ? 'yesterday' : 'on ' + weekday;
  const conflict = r() < 0.1;
  const fill = (s: string): string => s.replaceAll('{place}', ev.place).replaceAll('{noun}', ev.topic.noun).replaceAll('{outlet}', outlet).replaceAll('{n}', String(int(r, 2, 900))).replaceAll('{year}', String(int(r, 1950, 2010)));
  const q = (text: string, r2 = r): string => {
    const marks = r2() < 0.6 ? ['\u201c', '\u201d'] : ['"', '"'];
    return marks[0] + text + (r2() < 0.8 ? '.' : ',') + marks[1];
  };
  const reword = (s: string): string => (r() < 0.25 ? s.replace(/\b(will|we|the|every)\b/, (w) => ({ will: 'shall', we: 'you', the: 'this', every: 'each' })[w] ?? w) : s);
  const paras: string[] = [];
  const action = ev.topic.action.replaceAll('{place}', ev.place);
  const head = `${ev.place} ${ev.topic.noun}: ${lead.title} ${lead.last} ${action.split(' ').slice(0, 4).join(' ')}`;
  const dateStyle = r();
  let top: string;
  if (dateStyle < 0.6) top = `---\ntitle: ${head}\noutlet: ${outlet}\ndate: ${iso(published)}\n---\n\n# ${head}\n\n`;
  else if (dateStyle < 0.95) top = `# ${head}\n\n${ev.place.toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()} (${outlet}) — `;
  else top = `# ${head}\n\n`; // undated: the server infers a date from other sources
  const eventDay = conflict ? new Date(ev.day.getTime() - 86400000) : ev.day;
  paras.push(`${top}${lead.title} ${leadName} ${conflict ? 'on ' + WEEKDAYS[eventDay.getUTCDay()] : when} ${action}, officials in ${ev.place} said.`);
  const quoteCount = int(r, 2, ev.quotes.length);
  const order = ev.quotes.slice(0, quoteCount);
  for (let i = 0; i < order.length; i++) {
    const who = i === 0 || r() < 0.5 ? lead : r() < 0.5 ? second : third;
    const whoName = `${who.first} ${who.last}`;
    const wrong = r() < 0.05 ? second : who;
    const text = reword(order[i]);
    const style = int(r, 0, 3);
    if (style === 0) paras.push(`${q(text)} ${wrong.last} told reporters in ${ev.place}.`);
    else if (style === 1) paras.push(`${who.title} ${wrong.first}\u00a0${wrong.last} said: ${q(text)}`);
    else if (style === 2) paras.push(`${q(text)} said ${who.title.toLowerCase()} ${whoName}.`);
    else {
      const words = text.split(' ');
      const cut = Math.max(2, Math.floor(words.length / 2));
      paras.push(`${q(words.slice(0, cut).join(' '), () => 0)} ${wrong.last} said, ${q(words.slice(cut).join(' '), () => 0)}`);
    }
  }
  for (const { n, unit } of ev.numbers) {
    const value = conflict && r() < 0.5 ? n + int(r, 1, 40) : n;
    paras.push(`About ${num(r, value)} ${unit} were affected ${when === 'yesterday' ? 'as of yesterday' : 'by ' + fmtDay(ev.day)}, ${pick(r, ['the city said', 'according to officials', 'the ministry said', 'a spokesperson said'])}.`);
  }
  const later = new Date(ev.day.getTime() + int(r, 3, 20) * 86400000);
  paras.push(`${second.title} ${second.first} ${second.last} said a review would begin on ${fmtDay(later)} at 10\u00a0a.m. and report within ${int(r, 2, 8)} weeks.`);
  if (r() < 0.1) paras.push(`${pick(r, EMOJI)} Live updates: follow our coverage of the ${ev.topic.noun} in ${ev.place}.`);
  let filler = 0;
  while (paras.join('\n\n').length < targetChars) {
    filler++;
    if (r() < 0.35) {
      paras.push(fill(pick(r, ev.topic.background)) + ' ' + fill(pick(r, EXTRA)));
    } else {
      const sentence = (): string => `${pick(r, FILLER_SUBJECTS)} in ${pick(r, PLACES)} ${pick(r, FILLER_VERBS)} ${pick(r, FILLER_OBJECTS)} ${pick(r, FILLER_TAILS)}`;
      paras.push(`${sentence()} ${sentence()} ${r() < 0.3 ? `${q(`It is ${pick(r, ['too early', 'far too late', 'not the time', 'hard'])} to say what happens next`)} said ${pick(r, FIRST)} ${pick(r, LAST)}, a resident.` : sentence()}`);
    }
    if (filler > 400) break;
  }
  return paras.join(r() < 0.1 ? '\r\n\r\n' : '\n\n') + '\n';
}

export interface GeneratedArticle {
  name: string;
  text: string;
}

/** `count` articles in clusters of 2–8 outlets covering one event each; deterministic for a seed. */
export function generateCorpus(count: number, seed = 7, targetChars = 4500): GeneratedArticle[] {
  const r = rng(seed);
  const out: GeneratedArticle[] = [];
  let eventId = 0;
  while (out.length < count) {
    const ev = makeEvent(r, eventId++);
    const size = Math.min(count - out.length, int(r, 2, 8));
    const outlets = [...OUTLETS].sort(() => r() - 0.5).slice(0, size);
    for (const outlet of outlets) {
      const slug = outlet.toLowerCase().replace(/\s+/g, '-');
      out.push({ name: `e${String(ev.id).padStart(5, '0')}-${slug}.${r() < 0.7 ? 'md' : 'txt'}`, text: makeArticle(r, ev, outlet, targetChars) });
    }
  }
  return out;
}

/** The article edited in the latency benchmark: about `words` words, covering an event that `corpus` articles also cover. */
export function longArticle(words = 1500, seed = 7): string {
  const r = rng(seed);
  const ev = makeEvent(r, 0);
  return makeArticle(r, ev, 'Bench Tribune', words * 6);
}
