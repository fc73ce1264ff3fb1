// Word lists the attribution rules read: cue verbs with inflections, titles, pronouns, role nouns, first names.

const CUE_STEMS: [string, ...string[]][] = [
  // [base, 3rd person, past, past participle, -ing] (irregular forms spelled out; regular ones derived)
  ['say', 'says', 'said', 'said', 'saying'],
  ['tell', 'tells', 'told', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['tweet'], ['add'], ['ask'], ['insist'], ['reiterate'], ['warn'], ['state'], ['declare'], ['note'], ['argue'],
  ['acknowledge'], ['explain'], ['claim'], ['continue'], ['recall'], ['respond'], ['reply', 'replies', 'replied', 'replied', 'replying'],
  ['answer'], ['announce'], ['admit', 'admits', 'admitted', 'admitted', 'admitting'], ['assert'], ['confirm'], ['deny', 'denies', 'denied', 'denied', 'denying'],
  ['suggest'], ['predict'], ['promise'], ['pledge'], ['vow'], ['boast'], ['complain'], ['concede'], ['contend'], ['counter'],
  ['comment'], ['remark'], ['observe'], ['point'], ['report'], ['quip', 'quips', 'quipped', 'quipped', 'quipping'], ['joke'], ['exclaim'], ['shout'],
  ['yell'], ['scream'], ['cry', 'cries', 'cried', 'cried', 'crying'], ['chant'], ['whisper'], ['mutter'], ['recount'], ['describe'], ['call'],
  ['dismiss'], ['charge'], ['accuse'], ['allege'], ['blast'], ['slam', 'slams', 'slammed', 'slammed', 'slamming'], ['criticize'], ['criticise'],
  ['attack'], ['mock'], ['praise'], ['urge'], ['demand'], ['insist'], ['maintain'], ['emphasize'], ['emphasise'], ['stress'],
  ['caution'], ['testify', 'testifies', 'testified', 'testified', 'testifying'], ['post'], ['retweet'], ['email'], ['text'],
  ['conclude'], ['agree'], ['disagree'], ['reply'], ['interject'], ['chime'], ['wonder'], ['muse'], ['scoff'], ['sigh'], ['laugh'],
  ['recalled'], ['begin', 'begins', 'began', 'begun', 'beginning'], ['think', 'thinks', 'thought', 'thought', 'thinking'],
  ['believe'], ['feel', 'feels', 'felt', 'felt', 'feeling'], ['hope'], ['fear'], ['brag', 'brags', 'bragged', 'bragged', 'bragging'],
  ['proclaim'], ['reveal'], ['indicate'], ['mention'], ['opine'], ['pronounce'], ['instruct'], ['inform'], ['assure'], ['reassure'],
  ['read'], ['label'], ['dub', 'dubs', 'dubbed', 'dubbed', 'dubbing'], ['term'], ['characterize'], ['characterise'], ['brand'],
  ['decry', 'decries', 'decried', 'decried', 'decrying'], ['lament'], ['rail'], ['lash'], ['fire'], ['hit', 'hits', 'hit', 'hit', 'hitting'],
  ['chide'], ['scold'], ['rebut', 'rebuts', 'rebutted', 'rebutted', 'rebutting'], ['retort'], ['snap', 'snaps', 'snapped', 'snapped', 'snapping'],
  ['shoot', 'shoots', 'shot', 'shot', 'shooting'], ['put', 'puts', 'put', 'put', 'putting'], ['reason'], ['estimate'], ['calculate'],
  ['forecast', 'forecasts', 'forecast', 'forecast', 'forecasting'], ['advise'], ['recommend'], ['propose'], ['suggest'], ['tout'],
  ['plead'], ['beg'], ['implore'], ['challenge'], ['question'], ['wrote'], ['signal'], ['hint'], ['clarify', 'clarifies', 'clarified', 'clarified', 'clarifying'],
  ['elaborate'], ['denounce'], ['condemn', 'condemns', 'condemned', 'condemned', 'condemning'], ['hail'], ['voice'], ['tell'],
  ['lambaste'], ['ridicule'], ['deride'], ['reject'], ['applaud'], ['welcome'], ['cite'], ['quote'], ['paraphrase'], ['echo', 'echoes', 'echoed', 'echoed', 'echoing'],
  ['vowed'], ['repeat'], ['allege'], ['assert'], ['contend'], ['posit'], ['swear', 'swears', 'swore', 'sworn', 'swearing'], ['stated'], ['reply'], ['acknowledge'], ['agree'], ['order'], ['express'], ['describe'], ['refer'], ['complain'],
];

function inflect(base: string): string[] {
  if (base.endsWith('e')) return [base, base + 's', base + 'd', base.slice(0, -1) + 'ing'];
  if (/[^aeiou]y$/.test(base)) return [base, base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing'];
  if (/(s|sh|ch|x|z)$/.test(base)) return [base, base + 'es', base + 'ed', base + 'ing'];
  return [base, base + 's', base + 'ed', base + 'ing'];
}

/** Every inflected form of a cue verb → its base form. */
export const CUE_VERBS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [base, ...forms] of CUE_STEMS) for (const f of forms.length ? [base, ...forms] : inflect(base)) m.set(f, base);
  return m;
})();

/** Cue verbs that need a speech context to count (they are ordinary verbs too: "called", "put", "hit"). */
export const WEAK_CUES = new Set([
  'call', 'put', 'hit', 'fire', 'shoot', 'read', 'post', 'text', 'point', 'begin', 'continue', 'order', 'express', 'refer', 'feel',
  'think', 'believe', 'hope', 'fear', 'label', 'term', 'brand', 'charge', 'attack', 'praise', 'question', 'challenge', 'agree',
  'disagree', 'describe', 'mention', 'report', 'signal', 'laugh', 'sigh', 'lash', 'rail', 'estimate', 'calculate', 'forecast',
  'conclude', 'reason', 'advise', 'recommend', 'propose', 'plead', 'beg', 'chime', 'wonder', 'muse', 'inform', 'instruct', 'dismiss',
  'mock', 'slam', 'blast', 'tout', 'demand', 'urge', 'snap', 'denounce', 'condemn', 'hail', 'voice', 'lambaste', 'ridicule', 'deride',
  'reject', 'applaud', 'welcome', 'cite', 'quote', 'echo', 'accuse', 'criticize', 'criticise', 'dub', 'describe', 'characterize',
  'characterise', 'decry', 'pronounce', 'swear',
]);

/** Speech verbs that allow the subject after them: `said Smith`, `added the spokesman`. */
export const INVERTING_CUES = new Set(['say', 'add', 'ask', 'write', 'tell', 'continue', 'explain', 'reply', 'note', 'insist', 'declare',
  'argue', 'respond', 'recall', 'warn', 'tweet', 'state', 'answer', 'counter', 'quip', 'joke', 'observe', 'remark', 'retort', 'concede',
  'admit', 'acknowledge', 'claim', 'announce', 'predict', 'suggest', 'report', 'comment', 'exclaim', 'boast', 'complain', 'confirm', 'read']);

/** Nouns that name a source without a title: "a source", "the report", "protesters", "his lawyer". */
export const SOURCE_NOUNS = new Set([
  'source', 'official', 'expert', 'analyst', 'critic', 'supporter', 'voter', 'resident', 'protester', 'protestor', 'lawyer', 'attorney',
  'counsel', 'report', 'study', 'statement', 'poll', 'survey', 'memo', 'letter', 'ruling', 'article', 'book', 'ad', 'advertisement',
  'video', 'clip', 'website', 'document', 'email', 'e-mail', 'tweet', 'post', 'filing', 'complaint', 'lawsuit', 'release', 'people',
  'member', 'friend', 'neighbor', 'neighbour', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'reader',
  'someone', 'man', 'woman', 'person', 'observer', 'witness', 'police', 'prosecutor', 'investigator', 'researcher', 'scientist',
  'economist', 'professor', 'historian', 'author', 'writer', 'reporter', 'journalist', 'columnist', 'editor', 'host', 'anchor',
  'activist', 'advocate', 'organizer', 'worker', 'employee', 'owner', 'student', 'teacher', 'doctor', 'physician', 'nurse', 'veteran',
  'soldier', 'delegate', 'donor', 'insider', 'operative', 'consultant', 'pollster', 'lobbyist', 'judge', 'justice', 'jury', 'court',
  'panel', 'caucus', 'democrats', 'republicans', 'conservatives', 'liberals', 'progressives', 'leaders', 'officials', 'lawmakers',
  'campaign', 'team', 'camp', 'staff', 'spokesperson', 'representative', 'press', 'media', 'network', 'paper', 'newspaper', 'editorial',
  'transcript', 'text', 'message', 'speech', 'remarks', 'testimony', 'narrator', 'voice', 'sign', 'banner', 'chant', 'crowd', 'audience',
  'fan', 'parent', 'child', 'family', 'relative', 'colleague', 'partner', 'associate', 'ally', 'rival', 'opponent', 'challenger',
]);

/** Nouns that act as cues in "in a statement", "in an interview", "his remarks". */
export const CUE_NOUNS = new Set(['statement', 'interview', 'tweet', 'remarks', 'speech', 'letter', 'email', 'post', 'op-ed', 'memo', 'report']);

/** Auxiliaries and adverbs allowed between a speaker and its cue verb ("has also repeatedly said"). */
export const CUE_FILLERS = new Set([
  'has', 'have', 'had', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'is', 'was', 'were', 'are',
  'also', 'later', 'then', 'once', 'previously', 'recently', 'earlier', 'again', 'repeatedly', 'often', 'frequently', 'further',
  'simply', 'just', 'flatly', 'firmly', 'publicly', 'privately', 'reportedly', 'allegedly', 'angrily', 'bluntly', 'quickly', 'quietly',
  'loudly', 'openly', 'already', 'still', 'never', 'ever', 'always', 'famously', 'memorably', 'reportedly', 'apparently', 'told',
  'been', 'being', 'not', 'only', 'even', 'first', 'last', 'yesterday', 'today', 'tonight', 'separately', 'emphatically', 'candidly',
  'succinctly', 'subsequently', 'afterward', 'afterwards', 'sarcastically', 'jokingly', 'tersely', 'curtly', 'initially', 'finally',
]);

/** Titles and honorifics that precede a name; stripped from canonical names. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'father', 'sister',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'gen', 'lt', 'lieutenant', 'col', 'colonel',
  'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'sen', 'senator', 'rep', 'representative',
  'gov', 'governor', 'mayor', 'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'attorney', 'speaker',
  'chairman', 'chairwoman', 'chair', 'director', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'foreign',
  'defence', 'defense', 'interior', 'finance', 'state', 'retired', 'former', 'acting', 'candidate', 'nominee', 'congressman',
  'congresswoman', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'sheriff', 'commissioner', 'officer', 'agent',
  'detective', 'inspector', 'superintendent', 'dean', 'coach', 'host', 'anchor', 'correspondent', 'editor', 'columnist', 'ceo',
  'founder', 'emir', 'sheikh', 'ayatollah', 'imam', 'rabbi', 'bishop', 'cardinal', 'archbishop', 'pastor', 'gop', 'democratic',
  'republican', 'independent', 'u.s', 'us', 'house', 'senate', 'majority', 'minority', 'whip', 'presidential', 'hopeful', 'strategist',
  'pollster', 'adviser', 'advisor', 'aide', 'manager', 'campaign', 'press', 'white', 'first', 'mr.', 'dr.', 'sen.', 'rep.', 'gov.',
  'lt.', 'gen.', 'col.', 'sgt.', 'capt.', 'prof.', 'rev.', 'st.', 'supreme', 'court', 'staff', 'national', 'security', 'labor', 'labour',
]);

/** Head nouns of nominal speakers ("the president", "a spokeswoman"), with the class a title puts a person in. */
export const ROLE_CLASS: ReadonlyMap<string, string> = new Map([
  ...['president', 'leader', 'premier', 'chancellor', 'strongman', 'king', 'queen', 'monarch', 'emir', 'ruler', 'dictator', 'head',
    'autocrat', 'statesman', 'chief'].map((w) => [w, 'leader'] as const),
  ...['secretary'].map((w) => [w, 'minister'] as const),
  ['minister', 'leader'],
  ...['senator', 'sen', 'congressman', 'congresswoman', 'lawmaker', 'representative', 'rep', 'legislator', 'politician'].map((w) => [w, 'lawmaker'] as const),
  ...['governor', 'gov'].map((w) => [w, 'governor'] as const),
  ...['mayor'].map((w) => [w, 'mayor'] as const),
  ...['candidate', 'nominee', 'hopeful', 'contender', 'challenger', 'frontrunner', 'front-runner', 'businessman', 'billionaire', 'mogul',
    'tycoon', 'developer'].map((w) => [w, 'candidate'] as const),
  ...['spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'official', 'strategist', 'manager', 'chairman',
    'chairwoman', 'director', 'surrogate', 'staffer', 'ambassador', 'envoy', 'diplomat', 'general', 'commander', 'officer'].map((w) => [w, 'official'] as const),
  ...['newspaper', 'paper', 'daily', 'outlet', 'network', 'magazine', 'publication', 'site', 'website', 'tabloid', 'broadcaster'].map((w) => [w, 'media'] as const),
  ...['company', 'firm', 'group', 'organization', 'organisation', 'agency', 'ministry', 'department', 'campaign', 'committee',
    'party', 'government', 'administration', 'kremlin', 'court', 'board', 'union', 'council', 'commission', 'bureau', 'office'].map((w) => [w, 'organization'] as const),
]);

/** Male and female first names and honorifics, for pronoun agreement. */
const MALE = 'mr sir lord king prince father brother congressman councilman assemblyman spokesman chairman businessman statesman strongman ' +
  'francois françois vladimir david barack donald bill bernie ted marco john jeb chris mike michael mitch paul rand ben tim joe ' +
  'james robert william richard thomas charles daniel mark steven stephen george kevin brian jason matthew anthony andrew ' +
  'joshua ryan jack peter harry henry eric scott jeff jeffrey gary larry frank raymond roger reince corey newt rudy rudolph ' +
  'sean steve kellyanne_not bob jim tom dan ron rick nick tony greg jerry carl karl adam alan alex alexander angel luis jose jesus carlos juan ' +
  'emmanuel nicolas jacques manuel matteo sergei sergey dmitry recep bashar ali mohammed muhammad ahmed omar hassan hussein ' +
  'benjamin binyamin xi shinzo justin boris nigel jeremy gordon tony kim abdullah salman ashton lindsey_not martin walter ' +
  'lloyd colin dick al howard cory tim mitt reid harry elijah trey jason devin adam chuck marcus ' +
  'he him his himself'.split(' ').join(' ');
const FEMALE = 'mrs ms miss madam lady queen princess mother sister congresswoman councilwoman assemblywoman spokeswoman chairwoman businesswoman ' +
  'hillary angela ursula theresa marine nicola ségolène segolene christine kellyanne huma elizabeth nancy michelle melania ivanka ' +
  'chelsea sarah carly nikki hope katrina kayleigh jennifer mary patricia linda barbara susan jessica karen lisa betty margaret ' +
  'sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley ' +
  'anna ann anne brenda pamela nicole emma samantha katherine catherine christina debbie debra rachel janet maria diane ' +
  'julie joyce victoria kelly joan evelyn lauren judith megyn olivia martha cheryl andrea heather teresa gloria jane ' +
  'she her hers herself tulsi kirsten tammy dianne claire kamala loretta condoleezza madeleine samantha valerie susana jill ' +
  'gennifer paula juanita monica kathleen amanda alicia marsha marcia erin donna dana brianna dolores hilary'.split(' ').join(' ');

export const MALE_WORDS = new Set(MALE.split(/\s+/));
export const FEMALE_WORDS = new Set(FEMALE.split(/\s+/));

/** Personal pronouns that can be a speaker, with their gender/number class. */
export const PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'n' | 'p' | 'self'> = new Map([
  ['he', 'm'], ['she', 'f'], ['it', 'n'], ['they', 'p'], ['i', 'self'], ['we', 'self'], ['you', 'self'],
] as const);

/** Words that mark a capitalised run as an organisation rather than a person. */
export const ORG_WORDS = new Set([
  'party', 'committee', 'campaign', 'university', 'college', 'department', 'ministry', 'agency', 'office', 'council', 'commission',
  'association', 'institute', 'foundation', 'center', 'centre', 'corporation', 'corp', 'inc', 'company', 'group', 'bank', 'court',
  'senate', 'house', 'congress', 'parliament', 'government', 'administration', 'post', 'times', 'journal', 'news', 'herald',
  'tribune', 'press', 'reuters', 'network', 'television', 'radio', 'magazine', 'daily', 'gazette', 'telegraph', 'guardian',
  'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'bbc', 'afp', 'ap', 'pac', 'fund', 'union', 'league', 'alliance', 'coalition',
  'army', 'navy', 'police', 'service', 'board', 'bureau', 'authority', 'kremlin', 'pentagon', 'fbi', 'cia', 'nato', 'un', 'eu',
  'isis', 'isil', 'politico', 'breitbart', 'post', 'politifact', 'poll', 'polls', 'network', 'club', 'society', 'organization',
  'organisation', 'council', 'team', 'staff', 'state', 'states', 'republicans', 'democrats', 'media', 'school', 'church',
]);

/** Media organisations are "the newspaper", "the network". */
export const MEDIA_WORDS = new Set(['post', 'times', 'journal', 'news', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'daily',
  'magazine', 'reuters', 'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'bbc', 'afp', 'politico', 'breitbart', 'axios', 'hill', 'atlantic']);

/** The one-word names of US states (the two-word ones are `new hampshire`, `north carolina`, …). */
export const US_STATE_NAMES: readonly string[] = ('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia ' +
  'hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
  'montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming').split(' ');

/** Places and their adjectives, so "the French leader" finds "President Hollande of France" and "the Kremlin strongman" Putin. */
export const PLACE_GROUPS: readonly string[][] = [
  ['france', 'french', 'paris', 'elysee', 'élysée'], ['russia', 'russian', 'moscow', 'kremlin'],
  ['us', 'u.s', 'u.s.', 'america', 'american', 'washington', 'white house', 'united states'],
  ['britain', 'british', 'uk', 'u.k', 'london', 'downing', 'english', 'england'], ['germany', 'german', 'berlin'],
  ['turkey', 'turkish', 'ankara'], ['syria', 'syrian', 'damascus'], ['italy', 'italian', 'rome'], ['china', 'chinese', 'beijing'],
  ['iran', 'iranian', 'tehran'], ['israel', 'israeli', 'jerusalem'], ['japan', 'japanese', 'tokyo'], ['mexico', 'mexican'],
  ['canada', 'canadian', 'ottawa'], ['denmark', 'danish', 'copenhagen'], ['norway', 'norwegian', 'oslo'], ['sweden', 'swedish', 'stockholm'],
  ['netherlands', 'dutch', 'amsterdam', 'hague'], ['poland', 'polish', 'warsaw'], ['greece', 'greek', 'athens'], ['austria', 'austrian', 'vienna'],
  ['australia', 'australian', 'canberra'], ['korea', 'korean', 'seoul', 'pyongyang'], ['pakistan', 'pakistani', 'islamabad'],
  ['afghanistan', 'afghan', 'kabul'], ['iraq', 'iraqi', 'baghdad'], ['nigeria', 'nigerian', 'abuja'], ['brazil', 'brazilian'],
  ['venezuela', 'venezuelan', 'caracas'], ['cuba', 'cuban', 'havana'], ['ireland', 'irish', 'dublin'], ['portugal', 'portuguese', 'lisbon'], ['belgium', 'belgian', 'brussels'], ['ukraine', 'ukrainian', 'kiev', 'kyiv'],
  ['spain', 'spanish', 'madrid'], ['india', 'indian', 'delhi'], ['egypt', 'egyptian', 'cairo'], ['saudi', 'riyadh'],
  ['democratic', 'democrat', 'democrats', 'dnc'], ['republican', 'republicans', 'gop', 'rnc'],
];

/** Function words that are capitalised at a sentence start but never start a name. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'so', 'yet', 'for', 'nor', 'if', 'when', 'while', 'after', 'before', 'as', 'at', 'in', 'on',
  'of', 'to', 'by', 'with', 'from', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'what', 'who', 'whom', 'which', 'where', 'why', 'how', 'not', 'no', 'yes',
  'although', 'though', 'because', 'since', 'until', 'unless', 'meanwhile', 'however', 'still', 'also', 'then', 'now', 'today',
  'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'read', 'share', 'advertisement',
  'asked', 'said', 'says', 'according', 'even', 'just', 'only', 'both', 'all', 'some', 'many', 'most', 'one', 'two', 'three',
  'speaking', 'during', 'over', 'under', 'about', 'into', 'like', 'than', 'mr', 'ms', 'mrs', 'dr',
]);

/** Words that end a speaker phrase when reading outward from a cue verb. */
export const NP_STOP = new Set([
  'of', 'for', 'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'if', 'as', 'than', 'but', 'and', 'or', 'so',
  'with', 'in', 'on', 'at', 'to', 'from', 'by', 'about', 'after', 'before', 'during', 'into', 'over', 'under', 'since', 'until',
  'is', 'was', 'are', 'were', 'be', 'been', 'it', 'this', 'there', 'what', 'how', 'why', 'not', 'also', 'has', 'have', 'had',
  'would', 'will', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'do', 'does', 'then', 'though', 'although', 'yet',
  'like', 'against', 'through', 'without', 'among', 'between', 'upon', 'via', 'per', 'said', 'says', 'told',
]);

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'another', 'one', 'two', 'both', 'several', 'some', 'many', 'other']);
