package dev.conflictstream.enrich.extract;

/**
 * The word classes the rules read, keyed by token hash. Every rule's vocabulary is here, in plain
 * lists, so a reader can see (and a test can pin) what each rule reacts to.
 */
final class Lexicon {
    // word-class bits
    static final int MODAL = 1;          // could, would, might: hypotheticals
    static final int PLAN = 1 << 1;      // plan, threaten, attempt: intentions, not events
    static final int NEG = 1 << 2;       // no, not, never, without
    static final int BACKGROUND = 1 << 3; // previously, formerly: recaps
    static final int PERSON = 1 << 4;    // nouns for people (plural or singular)
    static final int PERSON_SG = 1 << 5; // singular person nouns
    static final int THING = 1 << 6;     // counted things that are not people
    static final int KILL = 1 << 7;
    static final int INJURE = 1 << 8;
    static final int REGION_WORD = 1 << 9;
    static final int RELATIVE = 1 << 10; // near, outskirts, km, southeast (of)
    static final int TITLE = 1 << 11;    // President, Mr: the next capitalised word is a person
    static final int STOP_NAME = 1 << 12; // capitalised words that are not places on their own
    static final int CLAIM = 1 << 13;
    static final int AGGREGATE = 1 << 14; // since, so far, total: tallies, not one incident
    static final int FORCE = 1 << 15;    // forces, troops, army: "Kiev troops" is an actor
    static final int DIRECTION = 1 << 16; // eastern, western: may start a region name
    static final int WEEKDAY = 1 << 17;
    static final int MONTH = 1 << 18;
    static final int CIVILIAN = 1 << 19;
    static final int ORG_TAIL = 1 << 20;
    static final int DETERMINER = 1 << 21;
    static final int SPEECH = 1 << 22;    // blames, points, urges: a place as the speaker is a source
    static final int NON_STATE = 1 << 24; // insurgents, militia, named armed groups: non-state actors
    static final int PROTESTER = 1 << 25; // protesters, demonstrators
    static final int SLAVIC_CONTEXT = 1 << 26; // Ukraine, Russian, Donbas: Russian spellings of Ukrainian names may follow
    static final int ARABIC_CONTEXT = 1 << 27; // Syria, Yemeni, Houthi: news spellings of Arabic names may follow
    static final int UNIT_HOME = 1 << 28; // upazila, hromada, barangay: a local unit word of one country (UnitWordHomes)
    static final int LOCATIVE = 1 << 23;  // in, at, near: marks the place of an event // the, a, its: "the captured territory" is an adjective // University, Airlines: capitalised word that makes a name an organisation

    static final LongIntMap WORDS = new LongIntMap();
    static final LongIntMap MONTH_NO = new LongIntMap();
    static final LongIntMap WEEKDAY_NO = new LongIntMap();

    /**
     * Common given names of news subjects (English, and a few frequent elsewhere), many of them also towns or small
     * regions ("Michael", Isle of Man; "Paul", Cape Verde; "Vladimir", Russia): a given name before a
     * capitalised word that names no place is a person's, and a town's name after it is a surname (places round 17).
     * Names of US states and countries ("Georgia", "Virginia", "Jordan") are left out: "Georgia Power" is a place
     * naming a body.
     */
    static final LongIntMap GIVEN_NAME = LongIntMap.words(
            "aaron", "adam", "adrian", "alan", "albert", "alex", "alexander", "alice", "allen", "amanda", "amy", "andrea",
            "andrew", "angela", "ann", "anna", "anne", "anthony", "antonio", "arthur", "ashley", "barbara", "barry",
            "ben", "benjamin", "betty", "bill", "billy", "bob", "bobby", "brandon", "brenda", "brian", "bruce", "bryan",
            "carl", "carlos", "carol", "catherine", "charles", "charlie", "chris", "christine", "christopher", "cindy",
            "craig", "cynthia", "daniel", "danny", "david", "deborah", "dennis", "diana", "diane", "donald", "donna",
            "doris", "dorothy", "douglas", "dylan", "edward", "elizabeth", "emily", "emma", "eric", "frank", "fred",
            "gary", "george", "gerald", "gloria", "grace", "greg", "gregory", "hannah", "harold", "harry", "heather",
            "helen", "henry", "howard", "ian", "jack", "jacob", "james", "jane", "janet", "jason", "jean", "jeff",
            "jeffrey", "jennifer", "jeremy", "jerry", "jessica", "jim", "jimmy", "joan", "joe", "john", "johnny",
            "jonathan", "jose", "joseph", "joshua", "joyce", "juan", "judith", "julia", "julie", "justin", "karen",
            "katherine", "kathleen", "kathy", "keith", "kelly", "kenneth", "kevin", "kim", "kimberly", "kyle", "larry",
            "laura", "lauren", "lawrence", "linda", "lisa", "luis", "margaret", "maria", "marie", "mark", "martha",
            "mary", "matthew", "megan", "melissa", "michael", "michelle", "mike", "nancy", "nathan", "nicholas",
            "nicole", "pamela", "patricia", "patrick", "paul", "peter", "philip", "rachel", "ralph", "randy",
            "raymond", "rebecca", "richard", "robert", "roger", "ronald", "rose", "roy", "russell", "ruth", "ryan",
            "samuel", "sandra", "sarah", "scott", "sean", "sharon", "stephanie", "stephen", "steve", "steven", "susan",
            "teresa", "terry", "thomas", "timothy", "tom", "tony", "valerie", "vincent", "virginie", "walter",
            "wayne", "william", "willie",
            // frequent in world news
            "ahmed", "ali", "hassan", "hussein", "ibrahim", "mohamed", "mohammed", "muhammad", "omar", "abdul",
            "vladimir", "sergei", "sergey", "dmitry", "alexei", "andrei", "ivan", "igor", "oleg", "yuri", "viktor",
            "fidel", "raul", "pedro", "jorge", "miguel", "manuel", "francisco", "pablo", "javier", "pierre", "jacques",
            "jean-claude", "hans", "klaus", "giuseppe", "marco", "emmanuel", "narendra", "rahul", "imran", "nawaz");

    private Lexicon() {}

    /** All classes of a word, as bits. */
    static int classes(long hash) { return WORDS.get(hash); }

    static boolean has(long hash, int cls) { return (WORDS.get(hash) & cls) != 0; }

    /** 1..12 or 0. */
    static int month(long hash) { return MONTH_NO.get(hash); }

    /** 1 (Monday) .. 7 (Sunday) or 0. */
    static int weekday(long hash) { return WEEKDAY_NO.get(hash); }

    private static void add(int cls, String... words) {
        for (String w : words) WORDS.or(LongIntMap.h(w), cls);
    }

    static {
        add(SPEECH, "blames", "blamed", "accuses", "accused", "points", "pointed", "urges", "urged", "denies",
                "denied", "confirms", "confirmed", "warns", "warned", "demands", "calls", "rejects", "insists",
                "claims", "vows", "threatens", "resumes", "launches", "sends", "orders", "agrees", "announces");
        add(NON_STATE, "insurgents", "insurgent", "militants", "militant", "rebels", "rebel", "separatists", "separatist",
                "militiamen", "militiaman", "militia", "militias", "gunmen", "gunman", "terrorists", "terrorist",
                "fighters", "jihadists", "bandits", "taliban", "rsf", "houthi", "houthis", "hts", "iswap", "jnim",
                "shabaab", "hamas", "hezbollah", "m23", "isis", "isil",
                // armed groups of other theatres, as ACLED notes name them
                "iskp", "iswa", "isgs", "issp", "ansaru", "adf", "codeco", "fano", "tplf", "ttp", "eln", "farc", "cjng",
                "dissidents", "jihadist", "maoists", "maoist", "naxals", "naxalites", "gang", "gangs", "cartel",
                "cartels", "pdf", "pdfs", "ambazonian", "ambazonians", "warlords", "paramilitaries", "paramilitary");
        add(UNIT_HOME, UnitWordHomes.WORDS);
        add(PROTESTER, "protesters", "protestors", "protester", "demonstrators", "demonstrator");
        add(LOCATIVE, "in", "at", "near", "on", "outside", "around", "into", "across", "inside", "over", "from");
        add(DETERMINER, "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "newly");
        add(MODAL, "could", "would", "might", "may", "should", "will", "shall", "can", "cannot", "must");
        add(PLAN, "plan", "plans", "planned", "planning", "intend", "intends", "intended", "threaten", "threatens",
                "threatened", "threat", "threats", "attempt", "attempts", "attempted", "try", "tries", "tried", "aim",
                "aims", "aimed", "prepare", "prepares", "preparing", "prepared", "accused", "conspiring", "plotting",
                "plotted", "plot", "fear", "fears", "feared", "warn", "warns", "warned", "warning", "possible",
                "potential", "future", "prevent", "prevented", "avert", "averted", "calls", "called", "urge", "urges",
                "urged", "demand", "demands", "demanded", "if", "unless", "whether", "request", "ready", "willing",
                "willingness", "want", "wants", "seek", "seeks", "risk", "risks", "investigating", "investigate",
                "condemn", "condemned", "condemns", "denied", "denies", "deny", "rejected");
        add(NEG, "no", "not", "never", "without", "nobody", "none", "neither", "nor", "didn", "wasn", "weren", "hasn",
                "haven", "isn", "aren");
        add(BACKGROUND, "previously", "formerly", "earlier", "ago", "anniversary", "history", "historic", "remember",
                "commemorate", "commemorated", "memorial", "recalled", "recalls");
        add(AGGREGATE, "since", "total", "tally", "overall", "altogether", "cumulative", "so", "far", "year", "years",
                "month", "months", "war", "conflict", "campaign");
        add(PERSON, "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops",
                "servicemen", "serviceman", "servicemembers", "militants", "militant", "insurgents", "insurgent",
                "fighters", "fighter", "rebels", "rebel", "militiamen", "militiaman", "militia", "separatists",
                "separatist", "policemen", "policeman", "police", "officers", "officer", "men", "man", "women", "woman",
                "children", "child", "kids", "boys", "boy", "girls", "girl", "individuals", "individual", "residents",
                "resident", "members", "member", "leader", "leaders", "commander", "commanders", "protesters",
                "protester", "demonstrators", "demonstrator", "activists", "activist", "journalists", "journalist",
                "workers", "worker", "guards", "guard", "students", "student", "villagers", "passengers", "pilots", "cops", "cop",
                "pilot", "gunmen", "gunman", "attackers", "attacker", "terrorists", "terrorist", "facilitator",
                "facilitators", "combatants", "combatant", "troopers", "marines", "paratroopers", "servicemember",
                "personnel", "victims", "victim", "bystanders", "teenagers", "teenager", "infant", "baby", "babies",
                "elderly", "pensioner", "pensioners", "volunteers", "volunteer", "medic", "medics", "doctor",
                "doctors", "nurse", "prisoners", "prisoner", "detainees", "hostages", "hostage", "mercenaries",
                "mercenary", "agents", "agent", "operatives", "operative", "suspects", "suspect", "bomber", "bombers",
                "sniper", "snipers", "others", "more", "dead", "wounded", "killed", "injured", "ukrainians",
                "russians", "afghans", "defenders", "defender", "servicewoman", "insurgent", "taliban", "family",
                "relatives", "officials", "official", "teacher", "teachers", "farmer", "farmers", "driver", "drivers",
                "deputy", "mayor", "chief", "fighters", "troop", "kia", "wia", "adults", "adult", "youths",
                "youth", "worshippers", "pedestrians", "firefighters", "rescuers", "employees", "staff", "crew",
                "sappers", "sapper", "miners", "policewoman", "citizen", "citizens", "locals", "local", "inhabitants",
                "shopkeeper", "shopkeepers", "trader", "traders", "herder", "herders", "worshipper", "villager",
                "schoolgirls", "schoolchildren", "pupils", "vendors", "detainee", "inmate", "inmates", "owner", "owners",
                "reporter", "reporters", "photographer", "photographers", "cameraman", "cameramen", "singer", "priest",
                "priests", "paramedic", "paramedics", "engineer", "engineers", "electrician", "lineman", "monitor",
                "robber", "robbers", "thief", "thieves", "bandit", "bandits", "criminal", "criminals", "smuggler",
                "smugglers", "trafficker", "traffickers", "gangster", "gangsters", "assailant", "assailants", "kidnapper",
                "kidnappers", "herdsman", "herdsmen", "shepherd", "shepherds", "fisherman", "fishermen", "lawyer",
                "lawyers", "cleric", "clerics", "businessman", "businessmen", "son", "sons", "daughter", "daughters",
                "wife", "husband", "brother", "brothers", "father", "mother", "jihadist", "jihadists", "vigilante",
                "vigilantes",
                // people named by office, faith, kin or chance: "killed a pastor", "killing a bystander", "a
                // traditional ruler", "a police inspector"
                "pastor", "pastors", "imam", "imams", "bystander", "passerby", "ruler", "rulers", "sister", "sisters",
                "cousin", "cousins", "nephew", "uncle", "siblings", "councillor", "councilor", "councillors",
                "councilors", "tailor", "mechanic", "vendor", "inspector", "catechist", "chairman",
                // events round 16: heads of gangs and armed bands ("a suspected gang boss", "a local warlord")
                "boss", "bosses", "kingpin", "kingpins", "warlord", "warlords", "ringleader", "ringleaders");
        add(PERSON_SG, "person", "civilian", "soldier", "serviceman", "militant", "insurgent", "fighter", "rebel",
                "militiaman", "separatist", "policeman", "officer", "man", "woman", "child", "boy", "girl",
                "individual", "resident", "member", "leader", "commander", "protester", "demonstrator", "activist",
                "journalist", "worker", "guard", "student", "pilot", "gunman", "attacker", "terrorist", "facilitator",
                "combatant", "trooper", "marine", "servicemember", "victim", "teenager", "infant", "baby",
                "pensioner", "volunteer", "medic", "doctor", "nurse", "prisoner", "hostage", "mercenary", "agent",
                "operative", "suspect", "bomber", "sniper", "defender", "servicewoman", "official", "teacher",
                "farmer", "driver", "deputy", "mayor", "chief", "adult", "youth", "pedestrian", "firefighter",
                "rescuer", "employee", "sapper", "miner", "policewoman", "citizen", "local", "inhabitant", "shopkeeper",
                "trader", "herder", "worshipper", "villager", "reporter", "photographer", "cameraman", "singer", "priest",
                "paramedic", "engineer", "electrician", "lineman", "monitor", "robber", "thief", "bandit", "criminal",
                "smuggler", "trafficker", "gangster", "assailant", "kidnapper", "herdsman", "shepherd", "fisherman",
                "lawyer", "cleric", "businessman", "son", "daughter", "wife", "husband", "brother", "jihadist",
                "vigilante", "detainee", "inmate", "owner", "pastor", "imam", "bystander", "passerby", "ruler",
                "sister", "cousin", "nephew", "uncle", "councillor", "councilor", "tailor", "mechanic", "vendor",
                "inspector", "catechist", "chairman", "father", "mother",
                // events round 16: heads of gangs and armed bands
                "boss", "kingpin", "warlord", "ringleader",
                // events round 8: "a village elder", "a Fulani pastoralist", "a constable", "an alleged informant"
                "elder", "pastoralist", "constable", "informant", "informer", "collaborator", "commuter", "passenger",
                // events round 12: "a fugitive was killed after exchanging fire", "an adolescent and a woman were shot"
                "fugitive", "escapee", "migrant", "refugee", "teen", "adolescent");
        add(CIVILIAN, "civilians", "civilian", "people", "residents", "resident", "children", "child", "women", "woman",
                "villagers", "passengers", "bystanders", "pensioner", "pensioners", "journalist", "journalists",
                "worker", "workers", "teacher", "farmer", "farmers", "students", "student", "boy", "girl", "baby",
                "infant", "elderly", "citizens", "citizen", "locals", "inhabitants", "pedestrians", "shopkeeper",
                "shopkeepers", "traders", "trader", "herders", "worshippers", "villager", "schoolgirls", "schoolchildren",
                "pupils", "vendors", "spectator", "spectators", "attendees", "shoppers", "commuters", "tourists", "pilgrims",
                "mourners", "guests", "customers", "reporter", "reporters", "photographer", "photographers", "cameraman", "singer",
                "priest", "electrician", "lineman", "merchants", "merchant", "herder", "shepherd", "shepherds", "fishermen",
                "fisherman", "motorists", "motorist", "miners", "teachers", "doctors", "nurses", "patients", "refugees",
                "travellers", "travelers", "businessman", "businessmen", "worshipper", "humanitarian", "volunteers",
                "displaced", "idps", "idp", "migrants", "parishioners", "congregants", "christians", "muslims",
                "schoolboys", "pupil", "lawyer", "lawyers", "clerics", "cleric", "chiefs", "elders", "herdsmen",
                "farmworkers", "labourers", "laborers", "motorcyclists", "passersby", "hunters", "miners",
                // by office, faith, kin or chance, unarmed: "killed a pastor", "two brothers", "a traditional ruler"
                "pastor", "pastors", "imam", "imams", "bystander", "passerby", "ruler", "rulers", "brother", "brothers",
                "sister", "sisters", "son", "sons", "daughter", "daughters", "wife", "husband", "father", "mother",
                "relatives", "cousin", "cousins", "siblings", "family", "families", "councillor", "councilor",
                "councillors", "councilors", "tailor", "mechanic", "vendor", "catechist", "driver", "drivers");
        // events round 17: unarmed people named by trade, kin or circumstance ("killed a schoolteacher", "a waiter and
        // nine customers", "after a neighbour was killed"): persons, singular ones and civilians alike
        String[] civilianOne = {"schoolteacher", "waiter", "waitress", "barber", "carpenter", "cobbler", "labourer",
            "laborer", "watchman", "nightwatchman", "storekeeper", "shopowner", "pharmacist", "headman", "headmaster",
            "headteacher", "lecturer", "midwife", "nun", "monk", "deacon", "seminarian", "businesswoman", "landlord",
            "tenant", "neighbour", "neighbor", "friend", "cashier", "clerk", "accountant", "magistrate", "politician",
            "candidate", "lawmaker", "legislator", "grandmother", "grandfather", "grandson", "granddaughter", "niece",
            "aunt", "widow", "toddler", "schoolboy", "schoolgirl", "worshiper", "parishioner", "congregant", "pilgrim",
            "tourist", "shopper", "customer", "guest", "cyclist", "motorcyclist", "farmhand", "tradesman", "jeweller",
            "goldsmith", "grandchild", "stepson", "stepdaughter", "hawker"};
        String[] civilianMany = {"schoolteachers", "waiters", "barbers", "carpenters", "watchmen", "pharmacists",
            "headmen", "lecturers", "nuns", "monks", "seminarians", "neighbours", "neighbors", "friends", "politicians",
            "toddlers", "worshipers", "nephews", "nieces", "uncles", "aunts", "grandchildren", "wives", "husbands",
            "fathers", "mothers", "hawkers"};
        add(PERSON | PERSON_SG | CIVILIAN, civilianOne);
        // events round 18: "two teenagers were shot, one fatally", "a miner protesting": plain people
        add(PERSON | PERSON_SG | CIVILIAN, "teenager", "teen", "miner");
        add(PERSON | CIVILIAN, "teenagers", "teens");
        // events round 18: "an escaped convict was killed after exchanging fire with police": a person, no civilian
        add(PERSON | PERSON_SG, "convict");
        add(PERSON, "convicts");
        add(PERSON | CIVILIAN, civilianMany);
        add(THING, "kilometers", "kilometres", "km", "miles", "meters", "metres", "vehicles", "vehicle", "tanks",
                "tank", "bombs", "bomb", "missiles", "missile", "rockets", "rocket", "shells", "shell", "drones", "drone",
                "times", "days", "day", "hours", "hour", "weeks", "week", "minutes", "percent", "square", "houses",
                "homes", "buildings", "villages", "towns", "settlements", "positions", "attacks", "violations",
                "rounds", "mines", "devices", "weapons", "rifles", "guns", "aircraft", "helicopters", "jets",
                "planes", "ships", "boats", "trucks", "cars", "billion", "million", "dollars", "euros", "tons",
                "tonnes", "kg", "kilograms", "hectares", "acres", "mm", "caliber", "calibre", "shots", "bullets",
                "projectiles", "storeys", "floors", "apartments", "schools", "hospitals", "points", "cases", "pounds",
                "strikes", "airstrikes", "raids", "incidents", "occasions", "am", "pm", "feet", "ft", "grenades",
                "ieds", "years", "months", "year", "month", "caches", "cache", "kilos", "tubes", "sites", "breaches",
                "breach", "violation", "provocations", "shellings", "munitions", "localities", "sorties");
        add(KILL, "killed", "kill", "kills", "killing", "killings", "dead", "died", "dies", "die", "death", "deaths", "succumbed",
                "fatalities", "fatality", "fatally", "slain", "perished", "lives", "kia", "bodies", "corpses",
                "executed", "massacred", "murdered", "lynched", "assassinated", "beheaded",
                // headline present: "militants behead two farmers", "villagers lynch a thief"
                "executes", "lynch", "lynches", "assassinates", "behead", "beheads",
                // the military's words for killing fighters: "eliminated 4 terrorists", "liquidated a group"
                "eliminated", "liquidated", "eliminating", "liquidating", "neutralised", "neutralized", "neutralising",
                "neutralizing",
                // events round 15: South Asian reports of the state's dead: "two soldiers were martyred", "embraced martyrdom"
                "martyred", "martyrdom");
        add(INJURE, "wounded", "wounding", "injured", "injuring", "injuries", "injury", "injures", "wounds", "hurt",
                "wia", "wound", "injure", "hospitalized", "hospitalised");
        add(SLAVIC_CONTEXT, "ukraine", "ukrainian", "ukrainians", "russia", "russian", "russians", "donbas", "donbass",
                "kyiv", "kiev", "donetsk", "luhansk", "lugansk", "kharkiv", "kharkov", "crimea", "dpr", "lpr", "jfo", "oblast",
                "zaporizhzhia", "zaporozhye", "kherson", "mariupol");
        add(ARABIC_CONTEXT, "syria", "syrian", "syrians", "iraq", "iraqi", "iraqis", "yemen", "yemeni", "yemenis", "houthi",
                "houthis", "libya", "libyan", "libyans", "sudan", "sudanese", "lebanon", "lebanese", "hezbollah", "gaza",
                "palestinian", "palestinians", "egypt", "egyptian", "tunisia", "tunisian", "algeria", "algerian",
                "morocco", "moroccan", "jordanian", "saudi", "arabia", "oman", "qatar", "kuwait", "bahrain",
                "emirates", "mauritania", "darfur", "kordofan", "governorate", "isis", "isil", "daesh", "israel", "israeli",
                "israelis", "idf");
        add(REGION_WORD, "region", "regions", "oblast", "province", "provinces", "district", "districts", "state",
                "governorate", "krai", "kray", "republic", "county", "area", "territory", "obl", "okrug", "raion",
                "rayon", "prefecture", "department", "municipality", "peninsula");
        add(RELATIVE, "near", "nearby", "outside", "outskirts", "around", "close", "km", "kilometers", "kilometres",
                "miles", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                "northeastern", "northwestern", "southeastern", "southwestern", "northern", "southern", "eastern",
                "western", "vicinity", "suburb", "suburbs", "environs", "beyond", "towards", "toward", "direction",
                "frontline", "front");
        add(DIRECTION, "eastern", "western", "northern", "southern", "east", "west", "north", "south", "northeastern",
                "northwestern", "southeastern", "southwestern", "central", "e", "northeast", "northwest", "southeast", "southwest");
        add(TITLE, "mr", "mrs", "ms", "miss", "dr", "president", "minister", "gen", "general", "sen", "senator", "rep",
                "gov", "governor", "mayor", "pope", "king", "queen", "prince", "princess", "secretary", "chancellor",
                "premier", "sheikh", "ambassador", "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant",
                "sgt", "spokesman", "spokeswoman", "judge", "justice", "professor", "prof", "sir", "lord", "lady",
                "saint", "st", "commander", "chief", "coach", "bishop", "father", "rev", "imam", "mullah", "ayatollah",
                "emir", "admiral", "adm", "maj", "major", "brig", "private", "pvt", "cpl", "corporal", "officer",
                "director", "chairman", "deputy", "prime", "vice", "mp", "rep", "mrs", "leader", "dr", "coroner", "sheriff",
                "marshal", "superintendent", "constable", "councilman", "councilwoman", "councillor", "alderman");
        add(CLAIM, "claim", "claims", "claimed", "claiming", "according", "said", "says", "say", "reported", "reports",
                "reportedly", "alleged", "allegedly", "unverified", "unconfirmed", "stated", "stating", "announced",
                "told", "purportedly", "purported");
        add(FORCE, "forces", "force", "troops", "army", "military", "militaries", "government", "govt", "cops", "authorities",
                "regime", "officials", "side", "soldiers", "servicemen", "militia", "militias", "police", "army's",
                "airstrike", "airstrikes", "aircraft", "artillery", "navy", "command", "leadership", "administration",
                "ministry", "delegation", "officers", "units", "unit", "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "junta", "security",
                "guards", "border", "media", "state", "president", "foreign", "defense", "defence", "interior",
                "prosecutors", "prosecutor", "court", "embassy", "consulate", "parliament", "lawmakers", "team",
                "club", "fc", "university", "airlines", "airways", "times", "post", "news", "daily", "herald",
                "tribune", "journal", "press", "tv", "radio", "bank", "company", "corporation", "group", "hotel",
                "airport", "street", "road", "avenue", "square", "stadium", "hospital", "church", "mosque", "school",
                "college", "institute", "center", "centre", "museum", "park", "bridge", "station", "river", "lake",
                "mountains", "mountain", "sea", "ocean", "valley", "gulf", "bay", "strait", "island", "islands");
        add(ORG_TAIL, "university", "airlines", "airways", "times", "post", "news", "herald", "tribune", "journal",
                "press", "tv", "radio", "bank", "company", "corporation", "group", "hotel", "airport", "street",
                "road", "avenue", "square", "stadium", "hospital", "church", "mosque", "school", "college",
                "institute", "center", "centre", "museum", "park", "bridge", "station", "fc", "club", "united",
                "city", "county", "times", "daily", "globe", "sun", "star", "mail", "express", "gazette",
                "telegraph", "guardian", "chronicle", "observer", "tribune", "council", "party", "parliament",
                "ministry", "department", "agency", "service", "office", "committee", "commission", "board", "court",
                "prison", "jail", "base", "camp", "highway", "boulevard", "drive", "lane", "way", "plaza",
                "mall", "theatre", "theater", "hall", "tower", "towers", "building", "port", "harbour", "harbor",
                "international", "institution", "foundation", "association", "society", "federation", "league",
                "cup", "open", "games", "festival", "award", "awards", "prize", "house", "palace", "cathedral",
                "zoo", "library", "gallery", "studio", "studios", "records", "network", "channel", "magazine",
                "review", "report", "police", "army", "forces", "force", "navy", "guard", "command",
                "state", "republic", "mountains", "river", "lake", "sea", "ocean", "valley", "gulf", "bay", "strait",
                "island", "islands", "peninsula", "desert", "basin", "canyon", "falls", "beach", "coast", "cartel");
        add(STOP_NAME, "the", "a", "an", "in", "on", "at", "but", "and", "as", "for", "it", "he", "she", "they", "we",
                "this", "that", "these", "those", "there", "his", "her", "their", "its", "our", "after", "before",
                "when", "while", "with", "by", "from", "to", "of", "if", "some", "all", "one", "two", "three", "four",
                "five", "six", "seven", "eight", "nine", "ten", "no", "not", "yes", "new", "north", "south", "east",
                "west", "police", "army", "president", "minister", "government", "ministry", "defense", "defence",
                "security", "service", "forces", "military", "general", "department", "council", "court", "party",
                "union", "national", "international", "federal", "state", "republic", "city", "university", "church",
                "hospital", "street", "road", "god", "mr", "mrs", "ms", "dr", "sir", "lord", "man", "mission",
                "special", "command", "office", "center", "centre", "parliament", "congress", "senate", "times",
                "post", "news", "press", "reuters", "associated", "afp", "bbc", "cnn", "tv", "radio", "monday",
                "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
                "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
                "ramadan", "internet", "facebook", "twitter", "google", "apple", "amazon", "mobile", "reading",
                "bath", "nice", "victoria", "independence", "liberty", "freedom", "democracy", "justice", "hope",
                "union", "unity", "victory", "peace", "opposition", "coalition", "alliance", "front", "movement",
                "islamic", "muslim", "christian", "catholic", "jewish", "protestant", "orthodox", "sunni", "shia",
                "shiite", "world", "earth", "africa", "asia", "europe", "americas", "oceania", "antarctica", "eurasia", "sun", "moon", "mars", "venus", "jupiter", "latest", "update", "live",
                "breaking", "exclusive", "report", "read", "more", "news", "daily", "morning", "evening", "day",
                "week", "year", "why", "how", "what", "who", "where", "which", "said", "says", "also", "however",
                "meanwhile", "although", "because", "since", "until", "during", "under", "over", "up", "down",
                "out", "into", "about", "against", "between", "through", "health", "agriculture", "education",
                "interior", "foreign", "affairs", "justice", "finance", "energy", "transport", "communications",
                "human", "rights", "watch", "amnesty", "red", "cross", "crescent", "un", "nato", "eu", "osce", "who",
                "imf", "isis", "isil", "taliban", "al", "el", "de", "la", "le", "du", "van", "von", "bin", "ibn",
                "abu", "kia", "wia", "ied", "ieds", "ato", "hq", "smm", "jccc", "tcg", "pgo", "unian",
                "wrapup", "operational", "situation", "civilian", "armed", "fighting", "shelling", "death",
                "people", "woman", "soldier", "rebel", "rebels", "militiaman", "militia", "newly", "independent",
                "states", "dozens", "fresh", "elderly", "child", "deadly", "escalation", "occupation", "fierce",
                "many", "casualty", "gunbattle", "with", "she", "you", "i", "me", "my", "your", "us", "them",
                "then", "than", "now", "here", "just", "only", "even", "still", "yet", "again", "very", "most",
                "first", "last", "next", "other", "another", "each", "every", "both", "few", "several", "such",
                "same", "own", "well", "back", "home", "family", "people", "time", "year", "years", "today",
                "tomorrow", "yesterday", "tonight", "ebola", "virus", "swine", "flu", "influenza", "h1n1",
                "sars", "aids", "hiv", "covid", "zika", "malaria", "cholera", "dengue", "measles", "polio",
                "avian", "bird", "black", "white", "green", "blue", "gold", "silver",
                "crown", "royal", "grand", "great", "little", "big", "old", "young", "long", "high", "low",
                "best", "good", "bad", "page", "photo", "video", "image", "source", "sources", "via", "contact",
                "email", "phone", "click", "share", "comment", "comments", "follow", "subscribe", "mount",
                "fort", "port", "lake", "river", "cape", "bay", "gulf", "sea", "ocean", "island", "valley",
                "hill", "hills", "park", "bridge", "station", "airport", "camp", "base",
                // services named by a common word ("Marine officials", "Law enforcement", "Navy divers")
                "marine", "marines", "navy", "naval", "law", "guard", "customs", "immigration",
                // common words opening a sentence that a transliteration variant would read as a town ("Whether" as
                // Whittier) or that name an office or school, not the small town of the name (places round 17)
                "whether", "chairman", "secretary", "college", "free",
                // a news agency named like districts of Chinese cities
                "xinhua");
        String[] months = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        String[] shortMonths = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; m++) {
            MONTH_NO.put(LongIntMap.h(months[m]), m + 1);
            MONTH_NO.put(LongIntMap.h(shortMonths[m]), m + 1);
            add(MONTH, months[m], shortMonths[m]);
        }
        MONTH_NO.put(LongIntMap.h("sept"), 9);
        add(MONTH, "sept");
        String[] days = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        for (int d = 0; d < 7; d++) {
            WEEKDAY_NO.put(LongIntMap.h(days[d]), d + 1);
            add(WEEKDAY, days[d]);
        }
    }
}
