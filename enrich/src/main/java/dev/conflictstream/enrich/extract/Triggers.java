package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.NameKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Event triggers: words and two-word phrases mapped to an ACLED type and sub-event type, with a
 * priority deciding which trigger codes a sentence that has several (a specific weapon beats a
 * generic "attack"). The table is the rule; extend it here.
 */
final class Triggers {
    static final String BATTLES = "Battles", ERV = "Explosions/Remote violence", VAC = "Violence against civilians",
            PROTESTS = "Protests", RIOTS = "Riots", SD = "Strategic developments";

    record Trigger(String type, String subtype, int priority, String word) {}

    /** Combat told by its result ("destroyed two tanks", "lost 40 soldiers"): in a daily or front-wide tally, no event. */
    static final int RESULT = 59;

    /** "took away a student activist": a verb of taking away, a trigger only with a person as its object. */
    private static final List<String> TAKEN_AWAY = List.of("took away", "taken away", "takes away", "taking away",
            // events round 15: "carried off a teenage girl", "was carried off by gunmen" ("carried off livestock" is none)
            "carried off", "carries off", "carrying off",
            // events round 18: "bandits carried away 30 villagers" (a person as the object, as for the others)
            "carried away", "carries away", "carrying away");
    /** Fire bombs, thrown in riots and at buildings ({@link StruckTargets}): "petrol bombs", "Molotov cocktails". */
    static final String[] FIRE_BOMBS = {"petrol", "molotov", "molotovs", "firebomb", "firebombs"};

    /** Events round 18: bases set up, not camps for the displaced ({@link #completed}). */
    private static final Set<String> BASE_SET_UP = new HashSet<>();
    /** Who a camp is for, or what kind: "a camp for displaced families", "a new refugee camp", "an IDP camp". */
    private static final LongIntMap SHELTER_CAMP = LongIntMap.words("for", "refugee", "refugees", "displaced",
            "displacement", "idp", "idps", "relief", "transit", "medical", "health", "aid", "summer");
    private static final long H_CAMP = LongIntMap.h("camp"), H_CAMPS = LongIntMap.h("camps");
    /** Events round 18: bombs thrown by hand, ACLED's grenade (a fire bomb keeps its own rows: {@link #completed}). */
    private static final Set<String> THROWN_BOMB = new HashSet<>();
    /** The bomb named first: thrown only in the passive ("bombs were hurled", "a bomb thrown"; "the bomb threw debris" is none). */
    private static final Set<String> BOMB_THROWN = new HashSet<>();
    /** Participles of throwing, which make "a bomb thrown ..." passive without a form of "be". */
    private static final LongIntMap THROWN_PARTICIPLE = LongIntMap.words("thrown", "hurled", "lobbed", "tossed", "flung");
    /** Events round 18: a disappearance told by unknown whereabouts, coded only after a taking in the sentence. */
    private static final Set<String> WHEREABOUTS = new HashSet<>();
    /** What makes whereabouts unknown a disappearance: people taken before it ("a suspect who fled" is none). */
    private static final LongIntMap TAKEN_BEFORE = LongIntMap.words("abducted", "kidnapped", "arrested", "detained",
            "taken", "took", "picked", "seized", "snatched", "captured", "whisked", "bundled", "disappeared", "abduction",
            "kidnapping", "arrest", "detention");
    /** Events round 18: arms laid down, a surrender only with "down" ("police laid out the weapons" is none). */
    private static final Set<String> LAID_DOWN = new HashSet<>();
    private static final long H_DOWN = LongIntMap.h("down");
    /** Words between "set up" and "base" that put the base elsewhere ("set up roadblocks outside the army base"). */
    private static final LongIntMap BASE_ELSEWHERE = LongIntMap.words("outside", "around", "near", "at", "to", "in", "on",
            "from", "behind", "inside", "beside", "into", "against", "toward", "towards");
    /** "seized power stations": "power" names the thing seized, not the state ({@link #powerThing}). */
    private static final LongIntMap POWER_THING = LongIntMap.words("station", "stations", "plant", "plants", "line",
            "lines", "grid", "grids", "supply", "supplies", "infrastructure", "facility", "facilities", "substation",
            "substations", "cables", "generator", "generators");
    /** Events round 15: verbs of a shutdown forced on others (not "forces": "security forces closed the road"). */
    private static final String[] SHUT_FORCED = {"forced", "forcing"};
    private static final Set<String> SHUTDOWN = new HashSet<>();
    /** "a pipe bomb went off": the verb of a bomb going off, a trigger only with "off" after it ({@link #completed}). */
    private static final List<String> GO = List.of("went", "goes", "go", "going");
    /** The triggers of a bomb that went off ({@link #GO}), filled with them. */
    private static final Set<String> GONE_OFF = new HashSet<>();
    /** The triggers of a person forced into a vehicle, each a trigger only with "into" before the vehicle ({@link #completed}). */
    private static final Set<String> INTO_VEHICLE = new HashSet<>();
    /** Killings told by the finding of their dead besides {@link #DISCOVERED}'s rows. */
    private static final Set<String> FOUND_DEAD = Set.of("found dead", "bodies found", "corpse", "corpses");
    /** A killing told by the finding of its dead ("the bodies of four men were found"): the finders did not kill. */
    private static final int DISCOVERED = 57;

    static final Trigger KILL_FALLBACK = new Trigger(BATTLES, "Armed clash", 10, "(deaths)");
    static final Trigger KILL_CIVILIANS = new Trigger(VAC, "Attack", 12, "(civilian deaths)");
    static final String GOVERNMENT_REGAINS = "Government regains territory";
    static final Trigger TERRITORY = new Trigger(BATTLES, "Non-state actor overtakes territory", 70, "captured/seized");
    static final Trigger CAPTURE_PERSON = new Trigger(SD, "Arrests", 45, "captured");

    static final LongIntMap SINGLE = new LongIntMap();
    private static final LongIntMap PAIR = new LongIntMap();
    /** The first word of every pair (its bit in {@link TokenWords} says whether {@link #PAIR} needs asking). */
    static final LongIntMap PAIR_FIRST = new LongIntMap();
    /** "near" phrases: a head word and an object word a few tokens after it ("set up a base"); value: the window. */
    static final LongIntMap NEAR_HEAD = new LongIntMap();
    private static final LongIntMap NEAR = new LongIntMap();
    private static final int NEAR_WINDOW = 4;
    /** Three-word phrases kept as near phrases ("exchange of fire"): the hash of the middle word they need. */
    private static final java.util.Map<Trigger, LongIntMap> MIDDLE = new java.util.IdentityHashMap<>();
    /** "bomb attack" and its like: no IED after a fire bomb's word ("a petrol bomb attack"). */
    private static final Set<Trigger> BOMB_NAMED = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private static final LongIntMap FIRE_BOMB_WORD = LongIntMap.words(FIRE_BOMBS);
    private static final java.util.List<Trigger> ALL = new java.util.ArrayList<>();
    private static final long H_STORM = LongIntMap.h("storm"), H_STORMS = LongIntMap.h("storms");
    /** "captured", "seizes" ...: territory when a place is taken, else an arrest (Extractor). */
    private static final LongIntMap TAKING = LongIntMap.words("captured", "seized", "captures", "seizes", "capture",
            "seize");

    /** A verb of taking whose object decides between territory and an arrest. */
    static boolean taking(long h) { return TAKING.get(h) != 0; }
    private static final long H_OF = LongIntMap.h("of"), H_ANOTHER = LongIntMap.h("another"),
            H_HIM = LongIntMap.h("him"), H_THEM = LongIntMap.h("them");

    private static void single(String type, String subtype, int prio, String... words) {
        for (String w : words) {
            ALL.add(new Trigger(type, subtype, prio, w));
            SINGLE.put(LongIntMap.h(w), ALL.size());
        }
    }

    private static void pair(String type, String subtype, int prio, String... phrases) {
        for (String p : phrases) {
            // events round 16: a pair is read over two adjacent tokens, so a three-word phrase ("exchange of fire",
            // "came to blows") is read as a near phrase of its first and last word; events round 17: with its own middle
            // word between them, nothing else ("came with blows" and "exchange ... fire" three words apart are no match)
            String[] words = p.split(" ");
            if (words.length == 3) {
                // events round 18: phrases that differ only in their middle word ("blew himself up", "blew herself up")
                // share one row, which takes any of their middle words
                int had = NEAR.get(NameKey.combine(LongIntMap.h(words[0]), LongIntMap.h(words[2])));
                Trigger row = had != 0 ? ALL.get(had - 1) : null;
                if (row == null || !MIDDLE.containsKey(row) || !row.type().equals(type) || !row.subtype().equals(subtype)
                        || row.priority() != prio) {
                    row = nearRow(2, words[0], words[2], new Trigger(type, subtype, prio, p));
                }
                MIDDLE.computeIfAbsent(row, r -> new LongIntMap()).put(LongIntMap.h(words[1]), 1);
                continue;
            }
            ALL.add(new Trigger(type, subtype, prio, p));
            PAIR.put(NameKey.of(p), ALL.size());
            PAIR_FIRST.put(LongIntMap.h(p.split("[^A-Za-z]", 2)[0].toLowerCase(java.util.Locale.ROOT)), 1);
        }
    }

    /**
     * As {@link #near(int, String, String, int, String[], String...)}, and every phrase it adds ("bomb ... went") also
     * goes into {@code rows}, the set a later check asks whether a trigger is one of these phrases.
     */
    private static void near(Set<String> rows, int window, String type, String subtype, int prio, String[] heads,
            String... objects) {
        near(window, type, subtype, prio, heads, objects);
        for (String hd : heads) for (String o : objects) rows.add(hd + " ... " + o);
    }

    /** Every head word with every object word within {@link #NEAR_WINDOW} tokens, in one clause. */
    private static void near(String type, String subtype, int prio, String[] heads, String... objects) {
        near(NEAR_WINDOW, type, subtype, prio, heads, objects);
    }

    /** As {@link #near(String, String, int, String[], String...)} with its own window (the widest per head wins). */
    private static void near(int window, String type, String subtype, int prio, String[] heads, String... objects) {
        for (String hd : heads) {
            for (String o : objects) nearRow(window, hd, o, new Trigger(type, subtype, prio, hd + " ... " + o));
        }
    }

    /** One near row: {@code tr} when {@code object} follows {@code head} within {@code window} tokens; returns it. */
    private static Trigger nearRow(int window, String head, String object, Trigger tr) {
        NEAR_HEAD.put(LongIntMap.h(head), Math.max(window, NEAR_HEAD.get(LongIntMap.h(head))));
        ALL.add(tr);
        NEAR.put(NameKey.combine(LongIntMap.h(head), LongIntMap.h(object)), ALL.size());
        return tr;
    }

    static {
        String air = "Air/drone strike", shell = "Shelling/artillery/missile attack", ied = "Remote explosive/landmine/IED";
        single(ERV, air, 90, "airstrike", "airstrikes", "airstrikes", "airraid", "bombed", "bombing", "bombings",
                "warplanes", "warplane");
        pair(ERV, air, 92, "air strike", "air strikes", "air raid", "air raids", "drone strike", "drone strikes",
                "drone attack", "drone attacks", "aerial bombardment", "air attack", "air attacks",
                "kamikaze drone", "kamikaze drones");
        // "Ukrainian drones struck an oil depot", "regime helicopters bombed": the aircraft as the subject
        near(ERV, air, 91, new String[] {"drone", "drones", "helicopter", "helicopters", "jets", "aircraft", "aviation",
                "air"}, "struck", "hit", "attacked", "targeted", "bombed", "fired", "dropped",
                // headlines tell it in the present: "jets bomb a village", "drones strike a depot", "drone hits a car"
                "bomb", "bombs", "strike", "strikes", "hits", "attack", "attacks", "target", "targets",
                // events round 13: "drones destroyed two tanks": the means named decides the sub-type of materiel destroyed
                "destroyed", "destroys");
        // "struck a command post with a drone", "hit by a kamikaze drone": the drone as the means
        near(ERV, air, 90, new String[] {"with", "by", "using"}, "drone", "drones", "uav", "uavs", "quadcopter",
                "quadcopters", "fpv", "jets", "warplanes", "helicopters", "helicopter", "aircraft", "planes", "airplanes");
        // "Hezbollah launched a drone at an IDF position": a drone sent at a target
        near(ERV, air, 90, new String[] {"launched", "launches", "launching"}, "drone", "drones", "uav", "uavs",
                "quadcopter", "quadcopters");
        // bombs only aircraft drop: "struck Kherson with a guided bomb", "barrel bombs on Daraa", "dropped bombs on"
        pair(ERV, air, 91, "guided bomb", "guided bombs", "glide bomb", "glide bombs", "aerial bomb", "aerial bombs",
                "barrel bomb", "barrel bombs", "cluster bombs", "air bombs");
        near(ERV, air, 90, new String[] {"dropped", "dropping", "drops"}, "bomb", "bombs", "explosives", "explosive",
                "munitions", "munition", "grenade", "grenades");
        // chemical weapons outrank the means that deliver them (bombs, shells, grenades)
        single(ERV, "Chemical weapon", 96, "chlorine", "sarin");
        pair(ERV, "Chemical weapon", 96, "chemical weapon", "chemical weapons", "chemical attack", "chemical attacks",
                "chemical munitions", "toxic gas", "poison gas", "nerve agent", "mustard gas");
        // ACLED: missile attacks are coded with shelling and artillery, not with air strikes
        pair(ERV, shell, 92, "missile strike", "missile strikes", "missile attack", "missile attacks", "rocket attack",
                "rocket attacks");
        single(ERV, shell, 85, "shelling", "shelled", "shells", "shell", "artillery", "mortar", "mortars", "missile",
                "missiles", "rocket", "rockets", "barrage", "bombardment", "bombarded", "mlrs", "howitzer",
                "howitzers", "shellings", "himars", "katyusha", "katyushas", "iskander", "iskanders", "kalibr",
                // anti-tank guided missiles (ACLED: a missile attack)
                "atgm", "atgms", "kornet");
        // Ukraine round: "fired heavy weapons at a town": artillery by another name
        pair(ERV, shell, 85, "heavy weapons", "heavy weaponry");
        // "a Lancet loitering munition hit a howitzer": a drone that strikes itself, above the weapon it hits
        pair(ERV, air, 93, "loitering munition", "loitering munitions", "suicide drone", "suicide drones", "kamikaze uav");
        // "Russian forces struck Kharkiv": a state's forces striking from afar with no weapon named (ACLED: shelling)
        near(ERV, shell, 44, new String[] {"forces", "army", "military", "troops"}, "struck", "strikes", "hit", "hits",
                "pound", "pounds", "pounded", "pounding");
        // "Israeli forces struck a car", "hit a motorcycle", "struck a group of people": a moving or small target is
        // struck from the air (drones), not shelled
        near(2, ERV, air, 45, new String[] {"struck", "hit", "targeted"}, "car", "cars", "vehicle", "vehicles",
                "motorcycle", "motorcycles", "motorbike", "pickup", "van", "truck", "jeep", "group");
        // "an old mortar round exploded", "an abandoned shell": ordnance left from fighting, a remote explosive
        near(2, ERV, ied, 90, new String[] {"old", "abandoned", "dormant"}, "mortar", "shell", "shells", "rocket",
                "rockets", "bomb", "round", "rounds", "projectile", "ordnance", "munition", "grenade");
        single(ERV, ied, 88, "ied", "ieds", "landmine", "landmines");
        // "an Israeli strike on a house", "strikes hit the outskirts": a strike from the air unless a weapon says otherwise
        pair(ERV, air, 46, "strike on", "strikes on", "strike hit", "strikes hit", "strike killed", "strikes killed",
                "strike targeted", "strikes targeted", "strike against", "strikes against",
                // headline grammar: "Israeli strikes kill 12", "strike hits a school", "a strike leaves 4 dead"
                "strike kills", "strikes kill", "strike hits", "strike wounds", "strikes wound", "strike leaves",
                "strikes leave", "strike injures", "strikes injure");
        // "three killed in Israeli strike", "two dead in Russian strike on Kharkiv", "toll rises to 12 in Kramatorsk
        // strike": a strike that kills is no labour strike ("on strike", "general strike" rank above)
        // (above a strike someone "led", a protest)
        near(ERV, air, 56, new String[] {"killed", "dead", "died", "wounded", "injured", "hurt"}, "strike", "strikes");
        near(6, ERV, air, 56, new String[] {"toll"}, "strike", "strikes");
        // a bare explosion is a remote explosive unless the sentence names the munition: "a grenade ... exploded" is a
        // grenade, "a shell exploded" shelling
        single(ERV, ied, 79, "explosion", "explosions", "exploded", "blast", "blasts", "detonated", "detonation");
        // events round 14: "a pipe bomb went off outside a bar", "crude bombs went off near the office": a bomb that
        // goes off is set, not thrown or dropped (a grenade keeps its own row; an alarm or siren that went off is none)
        String[] bombs = {"bomb", "bombs", "device", "devices", "explosive", "explosives", "ied", "ieds"};
        near(GONE_OFF, 3, ERV, ied, 89, bombs, GO.toArray(String[]::new));
        pair(ERV, ied, 89, "roadside bomb", "car bomb", "explosive device", "explosive devices", "bomb exploded",
                "bomb blast", "booby trap", "improvised explosive", "blew up", "blown up", "unexploded ordnance",
                "unexploded shell", "unexploded munition", "unexploded munitions", "unexploded bomb", "unexploded mortar",
                "explosive remnants", "land mine", "land mines", "antipersonnel mine", "antipersonnel mines");
        // events round 17: "a bomb attack on a bus", "bomb explosions in the market": a bomb named with its attack (a fire
        // bomb's row starts a word earlier, "petrol bomb attack", and keeps it)
        int bombRows = ALL.size();
        pair(ERV, ied, 89, "bomb attack", "bomb attacks", "bomb explosion", "bomb explosions", "bombs exploded",
                "bomb blasts");
        BOMB_NAMED.addAll(ALL.subList(bombRows, ALL.size()));
        // ordnance left from fighting that harms people later: "an unexploded shell", "a remnant of war", "UXO"
        single(ERV, ied, 90, "unexploded", "uxo", "uxos");
        near(ERV, ied, 90, new String[] {"remnant", "remnants", "leftover"}, "war", "ordnance", "explosive", "munition",
                "munitions", "shell", "shells");
        // "stepped on a mine", "the vehicle hit a mine": a landmine, not a mine of coal or gold
        near(ERV, ied, 88, new String[] {"stepped", "hit", "hits", "hitting", "struck", "strikes", "triggered", "ran", "runs"},
                "mine", "mines", "landmine", "landmines");
        // "attacked a police station with explosives": the means as the object
        near(ERV, ied, 88, new String[] {"with", "using"}, "explosives", "dynamite", "ied", "ieds", "bomb", "bombs");
        // "three boys killed by a mine", "a mine killed two shepherds"
        near(ERV, ied, 88, new String[] {"by"}, "mine", "mines", "landmine", "landmines");
        pair(ERV, ied, 88, "mine kills", "mine killed", "mine exploded", "mine explosion", "mine blast", "mine explodes");

        pair(ERV, "Suicide bomb", 95, "suicide bomber", "suicide bombers", "suicide bombing", "suicide attack",
                "suicide car", "suicide vest",
                // events round 18: the bomber named otherwise, or told by the act ("blew herself up at a market")
                "suicide attacker", "suicide attackers", "suicide attacks", "suicide bombings", "suicide blast",
                "blew himself up", "blew herself up", "blew themselves up", "blows himself up", "blows herself up");
        single(ERV, "Grenade", 80, "grenade", "grenades");
        // events round 18: "hurled crude bombs at the house", "a bomb thrown from a motorbike": ACLED codes a similarly
        // hand-thrown explosive as a grenade, above the explosion it makes (a thrown "explosive device" keeps the IED row
        // EventsRoundNotesTest holds)
        String[] thrown = {"threw", "thrown", "throw", "throws", "throwing", "hurled", "hurling", "hurl", "hurls", "lobbed",
                "lobbing", "lob", "lobs", "tossed", "tossing", "toss", "tosses", "flung"};
        String[] handBombs = {"bomb", "bombs"};
        near(THROWN_BOMB, 4, ERV, "Grenade", 90, thrown, handBombs);
        near(BOMB_THROWN, 3, ERV, "Grenade", 90, handBombs, thrown);
        // "gunned down a trader": a shooting told by its result, one-sided like "shot dead"
        pair(VAC, "Attack", 58, "gunned down", "gun down", "guns down", "gunning down");
        // cluster submunitions left on the ground harm people later: remnants of war (IED)
        single(ERV, ied, 90, "submunition", "submunitions", "bomblet", "bomblets");
        // "the bomb squad safely detonated the device", "a controlled explosion": a munition destroyed by its finders
        pair(SD, "Disrupted weapons use", 91, "safely detonated", "controlled explosion", "controlled detonation",
                "controlled explosions");
        single(BATTLES, "Armed clash", 60, "clash", "clashes", "clashed", "fighting", "fought", "battle", "battles",
                "firefight", "firefights", "gunfight", "gunbattle", "shootout", "skirmish", "skirmishes", "ambush",
                "ambushed", "ambushes", "offensive", "counteroffensive", "counterattack", "assault", "assaults", "stormed", "storm", "storms",
                "advance", "advances", "advancing", "advancement", "advancements", "repelled", "repulsed", "engaged",
                // headline present: "army repels attack", "troops repulse assault"
                "repels", "repel", "repulses", "repulse",
                "crossfire", "combat", "gunfire", "attacking", "raid", "encounter",
                "encounters", "confrontation", "confrontations");
        // "violated the ceasefire": a truce broken is fighting; "people violating the lockdown" is no battle
        near(BATTLES, "Armed clash", 60, new String[] {"violate", "violated", "violating", "violates"}, "ceasefire",
                "ceasefires", "truce", "truces", "armistice", "agreement");
        single(BATTLES, "Armed clash", 40, "attack", "attacks", "attacked", "shooting", "shot");
        // "members of a workers' committee assaulted party members": a one-sided assault (EventTyping: victims, attackers)
        single(BATTLES, "Armed clash", 40, "assaulted", "assaulting");
        // headline present "police shoot a teen", "gunman shoots two officers" (a photo shoot, a price that shoots up:
        // no person shot)
        near(BATTLES, "Armed clash", 40, new String[] {"shoot", "shoots"}, "man", "men", "woman", "women", "teen", "teens",
                "boy", "girl", "people", "civilians", "student", "students", "suspect", "driver", "protesters", "soldier",
                "soldiers", "officer", "officers", "policeman", "policemen");
        // "a crowd beat a man", "soldiers beat up two traders": a one-sided beating (EventTyping: its victims and attackers)
        single(BATTLES, "Armed clash", 40, "beaten", "beating", "beatings");
        near(1, BATTLES, "Armed clash", 40, new String[] {"beat"}, "a", "an", "the", "him", "her", "them", "up", "two",
                "three", "several", "people", "residents");
        // "gunmen fired at a police station": a one-sided attack word (EventTyping: on civilians, an attack on them)
        pair(BATTLES, "Armed clash", 40, "fired at", "fired on", "firing at", "firing on", "shot at");
        pair(BATTLES, "Armed clash", 62, "opened fire", "exchanged fire", "exchange fire", "small arms",
                "ceasefire violation", "ceasefire violations", "broke through", "fired upon",
                // headline present: "gunman opens fire on worshippers", "forces fire on positions" (a blaze: modifierUse)
                "open fire", "opens fire", "fire on", "fires on");
        // two sides firing told with other verbs and nouns: "traded gunfire", "exchanged shots", "a gun battle broke
        // out", "army troops battled rebels"
        pair(BATTLES, "Armed clash", 62, "traded fire", "traded gunfire", "exchanged gunfire", "exchanged shots",
                "traded shots", "exchange of fire", "exchanges of fire", "gun battle", "gun battles", "gun fight");
        single(BATTLES, "Armed clash", 60, "battled", "battling", "gunbattles", "gunfights", "shootouts");
        // events round 12: "a shoot-out broke out when police approached" (the hyphenated form of "shootout")
        pair(BATTLES, "Armed clash", 60, "shoot out", "shoot outs");
        // "fired shots at a former lawmaker", "fired several bullets at a car": a one-sided shooting (EventTyping: its
        // target decides between an attack on civilians and a clash)
        near(3, BATTLES, "Armed clash", 40, new String[] {"fired", "firing"}, "shots", "bullets", "gunshots", "rounds");
        // "fired with unspecified weapons on the positions of the army": fire aimed at a force's ground
        near(6, BATTLES, "Armed clash", 40, new String[] {"fired", "firing"}, "positions", "position", "outpost", "outposts",
                "checkpoint", "checkpoints");
        // "border guards fired warning shots in the air": a show of force, nobody shot at (ACLED: Other); below the
        // protest words, so "fired warning shots to disperse protesters" stays a protest with intervention
        pair(SD, "Other", 48, "warning shots", "warning shot");
        // "a patrol came under fire from gunmen", "came under heavy attack": a force fired on
        near(3, BATTLES, "Armed clash", 62, new String[] {"came", "come", "comes", "coming"}, "fire", "gunfire");
        // a grenade launcher is a firefight's weapon, not a thrown grenade
        pair(BATTLES, "Armed clash", 62, "grenade launcher", "grenade launchers", "grenade launches");
        // "destroyed two tanks", "eliminated a group of fighters", "lost 40 soldiers": combat told by its result
        single(BATTLES, "Armed clash", RESULT, "breakthrough");
        near(BATTLES, "Armed clash", RESULT, new String[] {"eliminated", "liquidated", "eliminating", "liquidating",
                "neutralised", "neutralized", "neutralising", "neutralizing"},
                "soldiers", "servicemen", "troops", "militants", "fighters", "insurgents", "terrorists", "mercenaries",
                "group", "commander", "commanders", "crew", "crews", "unit", "sabotage", "personnel", "gunmen", "rebels");
        near(BATTLES, "Armed clash", 58, new String[] {"troops", "forces", "units"}, "advanced", "pushed");
        near(BATTLES, "Armed clash", RESULT, new String[] {"destroyed", "destroying", "destroys"}, "tank", "tanks",
                "vehicle", "vehicles", "apc", "apcs", "bmp", "position", "positions", "dugout", "dugouts", "howitzer",
                "howitzers", "armoured", "armored", "equipment", "stronghold", "strongholds",
                // "destroyed a militant hideout", "destroyed enemy bunkers": an armed group's ground (not "camps": IDPs live in them)
                "hideout", "hideouts", "bunker", "bunkers", "trench", "trenches",
                // events round 13: military materiel ("destroyed a military convoy", "an ammunition depot", "rocket launchers")
                "convoy", "convoys", "ammunition", "munitions", "launcher", "launchers", "radar", "radars");
        // "destroyed a telecommunications mast", "burned a school": property, not combat
        near(SD, "Looting/property destruction", 40, new String[] {"destroyed", "destroying", "destroys", "damaged",
                "burned", "burnt", "burning", "sabotaged"}, "mast", "masts", "antenna", "antennas", "bridge", "bridges",
                "school", "schools", "house", "houses", "homes", "shops", "church", "churches", "mosque", "mosques",
                "property", "properties", "infrastructure", "crops", "granaries", "granary", "tower", "towers",
                "office", "offices", "pylon", "pylons", "pipeline", "clinic", "hospital", "market", "station",
                "stations", "warehouse", "warehouses", "farms", "fields", "huts");
        near(BATTLES, "Armed clash", RESULT, new String[] {"lost", "loses", "losing"}, "soldiers", "troops", "servicemen",
                "fighters", "men", "personnel");
        single(BATTLES, GOVERNMENT_REGAINS, 70, "recaptured", "retook", "regained", "liberated",
                // headline present: "army retakes town", "forces recapture village"
                "retakes", "retake", "recaptures", "recapture", "regains", "liberates");
        pair(BATTLES, GOVERNMENT_REGAINS, 72, "took back", "retaken control", "takes back", "take back");
        // who took the place decides between the two (Extractor: a government force of its country regains it)
        near(BATTLES, TERRITORY.subtype(), 70, new String[] {"took", "take", "takes", "taken", "taking", "seized",
                "gained", "assumed", "wrested", "captured", "seizes", "seize", "captures", "capture", "wrests"}, "control");
        pair(BATTLES, TERRITORY.subtype(), 70, "took over");
        single(BATTLES, TERRITORY.subtype(), 70, "overran", "overrun", "overruns");
        // Ukraine round: "overtook a town", "established control over a village" (ACLED's notes on the front)
        single(BATTLES, TERRITORY.subtype(), 70, "overtook", "overtakes", "overtake");
        near(BATTLES, TERRITORY.subtype(), 70, new String[] {"established", "establishes", "establishing"}, "control");
        // "slit the throat of a trader", "slaughtered two herders": a killing with a blade
        single(VAC, "Attack", 55, "slit", "slaughtered", "decapitated", "beheading");
        single(VAC, "Attack", 55, "executed", "massacre", "massacred", "murdered", "murder", "beheaded",
                "tortured", "stabbed", "execution", "assassinated", "assassination", "assassinate",
                // headline present: "gunmen execute 5", "militants behead a farmer", "man stabs neighbour"
                "executes", "murders", "beheads", "behead", "stabs", "massacres", "tortures", "assassinates");
        // "the body of a man with gunshot wounds was found": a killing told by its discovery
        single(VAC, "Attack", 54, "corpse", "corpses");
        near(9, VAC, "Attack", DISCOVERED, new String[] {"body", "bodies", "remains"}, "found", "discovered", "recovered",
                "dumped", "retrieved", "exhumed");
        near(VAC, "Attack", DISCOVERED, new String[] {"found", "discovered", "recovered", "retrieved", "exhumed"}, "body",
                "bodies", "corpse", "corpses", "remains");
        pair(VAC, "Attack", 58, "shot dead", "found dead", "stabbed to", "bodies found");
        // headline present: "police shoot dead a suspect", "gunmen shoot a trader dead"
        near(VAC, "Attack", 58, new String[] {"shoot", "shoots"}, "dead");
        // corporal punishment and mutilation of people in custody or in public (Taliban, JNIM, Al Shabaab courts)
        single(VAC, "Attack", 55, "flogged", "flogging", "floggings", "whipped", "lashed", "mutilated", "amputated");
        // below a mob: "beaten to death by a mob" is mob violence
        pair(VAC, "Attack", 56, "hacked to", "beaten to", "burned alive", "burnt alive", "buried alive");
        single(VAC, "Abduction/forced disappearance", 75, "abducted", "abduction", "kidnapped", "kidnapping",
                "kidnap", "abducts", "kidnaps", "abduct");
        near(VAC, "Abduction/forced disappearance", 75, new String[] {"took", "take", "taking", "takes"}, "hostage",
                "hostages", "captive", "captives");
        pair(VAC, "Abduction/forced disappearance", 75, "taken hostage", "forcibly disappeared", "enforced disappearance",
                "forced disappearance", "held hostage");
        // events round 18: "picked up by plainclothes agents; his whereabouts remain unknown": a disappearance told by its end
        near(WHEREABOUTS, 3, VAC, "Abduction/forced disappearance", 74, new String[] {"whereabouts"}, "unknown", "unclear");
        // events round 14: people taken told without "abduct" or "kidnap": "forced a trader into a car", "bundled
        // him into a van", "marched the passengers into the forest", "whisked him away"
        // (the vehicle, not "into": "forced thousands into displacement camps" takes nobody)
        // "took away a student activist": a person taken (Extractor: only with a person as the object; "took away their
        // phones" is no trigger, and a state force taking people away arrests them, EventTyping)
        pair(VAC, "Abduction/forced disappearance", 74, TAKEN_AWAY.toArray(String[]::new));
        // "took three men from a house to an unknown location" (not "fled to an unknown destination": modifierUse)
        near(2, VAC, "Abduction/forced disappearance", 74, new String[] {"unknown", "undisclosed"}, "location",
                "locations", "destination", "destinations");
        // ("into" before the vehicle, completed: not "police forced the truck to stop", "dragged from his car")
        String[] takers = {"forced", "bundled", "dragged", "shoved"};
        String[] vehicles = {"car", "cars", "vehicle", "vehicles", "truck", "van", "pickup", "minibus", "suv", "jeep", "taxi",
                "boot", "trunk"};
        near(INTO_VEHICLE, 7, VAC, "Abduction/forced disappearance", 74, takers, vehicles);
        // (not "away": "bodyguards whisked the minister away", "police dragged away protesters")
        near(6, VAC, "Abduction/forced disappearance", 74, new String[] {"marched", "herded", "frogmarched", "dragged"},
                "bush", "forest", "forests", "jungle");
        single(VAC, "Sexual violence", 75, "raped", "rape");
        pair(VAC, "Sexual violence", 75, "sexual violence", "sexual assault", "sexually assaulted", "sexually abused",
                "gang raped");
        single(PROTESTS, "Peaceful protest", 50, "protest", "protests", "protested", "protesting", "protesters",
                "protestors", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rallied",
                "picket", "marched", "pickets", "picketed", "demonstrated", "demonstrating", "vigil", "walkout",
                "boycotted", "picketing");
        pair(PROTESTS, "Peaceful protest", 50, "sit in", "on strike", "hunger strike", "general strike",
                "went on strike");
        // a purpose ("gathered to demand ...") codes a protest only where nothing else does
        pair(PROTESTS, "Peaceful protest", 20, "to demand", "to denounce", "to decry", "to protest");
        near(PROTESTS, "Peaceful protest", 50, new String[] {"took", "take", "taking", "takes"}, "streets");
        // South Asian and other regional forms: a sit-in (dharna), a siege of an official (gherao), a shutdown
        // (bandh, hartal, shutter-down or wheel-jam strike), slogans, effigies, human chains
        single(PROTESTS, "Peaceful protest", 50, "dharna", "dharnas", "gherao", "gheraoed", "gheraoing", "hartal",
                "hartals", "bandh", "bandhs", "effigy", "effigies", "slogans", "sloganeering", "candlelight");
        pair(PROTESTS, "Peaceful protest", 50, "human chain", "human chains", "shutter down", "wheel jam",
                "glued themselves", "chained themselves", "hunger strikes");
        // "villagers blocked the highway", "farmers blockaded roads with tractors": a road blockade is a protest
        near(PROTESTS, "Peaceful protest", 50, new String[] {"blocked", "blocking", "blockaded", "blockading", "block",
                "blocks", "barricaded"}, "road", "roads", "highway", "highways", "street", "streets", "traffic",
                "junction", "intersection", "railway", "bridge", "motorway", "expressway", "entrance");
        // events round 14: "... gathered in the square, and held up photographs of their leader": what a crowd holds up
        // names a protest across the comma that ends the gathering's clause
        near(PROTESTS, "Peaceful protest", 45, new String[] {"held", "holding", "raised", "raising", "waved", "waving",
                "carried", "carrying"}, "placards", "banners", "photographs", "portraits", "flags", "pictures");
        // "gathered ... demanding the release of ...": a purpose clause codes a protest where nothing else does
        single(PROTESTS, "Peaceful protest", 20, "demanding");
        // "took part in a march", "joined the march": a march people join
        near(PROTESTS, "Peaceful protest", 50, new String[] {"took", "joined", "attended", "participated", "join"},
                "march", "marches");
        // "around 100 people gathered in Rabat in solidarity with ...", "assembled ... calling for": a gathering for a
        // cause (ACLED's most common protest note); forces that gather have their own, higher triggers
        near(10, PROTESTS, "Peaceful protest", 45, new String[] {"gathered", "assembled", "congregated", "converged"},
                "solidarity", "demanding", "calling", "condemning", "denouncing", "commemorate", "commemorating", "chanting",
                "protesting", "against",
                // events round 12: "gathered and held up photographs of their leader and the party's flags"
                "condemned", "denounced", "placards", "banners", "photographs", "portraits", "pictures", "flags");
        // labour action and shutdowns: "began an indefinite strike", "downed tools", "a shutdown call by separatists"
        pair(PROTESTS, "Peaceful protest", 50, "indefinite strike", "strike action", "work stoppage", "downed tools",
                "down tools", "shutdown call", "strike call", "complete shutdown", "general shutdown");
        near(PROTESTS, "Peaceful protest", 50, new String[] {"held", "staged", "organised", "organized", "led"}, "motorcade",
                "motorcades", "caravan", "caravans", "procession", "processions");
        // agitations and road or rail blockades of South Asia ("rail roko", "rasta roko"); a strike people go on
        single(PROTESTS, "Peaceful protest", 50, "agitation", "agitations", "roko");
        near(5, PROTESTS, "Peaceful protest", 50, new String[] {"went", "go", "goes", "going", "gone"}, "strike", "strikes");
        // "supporters gathered outside the court", "assembled in front of parliament": a gathering at a seat of power
        near(3, PROTESTS, "Peaceful protest", 25, new String[] {"gathered", "assembled", "congregated", "converged"},
                "outside", "front");
        // a flash mob is a protest, not a mob
        pair(PROTESTS, "Peaceful protest", 58, "flash mob", "flash mobs");
        // "march" alone is also the month: only a march someone holds
        near(PROTESTS, "Peaceful protest", 50, new String[] {"held", "hold", "holds", "staged", "stage", "stages",
                "organised", "organized", "led"}, "march", "marches", "vigil", "vigils", "strike", "strikes");
        single(RIOTS, "Violent demonstration", 55, "riot", "riots", "rioting", "rioters", "rioted");
        // "police dispersed a gathering of PTI workers", "broke up a sit-in": force used on an assembly
        near(PROTESTS, "Protest with intervention", 52, new String[] {"dispersed", "disperse", "dispersing", "broke"},
                "gathering", "gatherings", "crowd", "crowds", "assembly", "rally", "march", "meeting", "sit");
        // a crowd no protest word names, dispersed or met with crowd-control weapons: "police dispersed opposition
        // supporters", "fired tear gas and baton-charged mourners" (the crowd's own violence makes it a riot,
        // EventTyping). Not "broke" ("fighting broke out between supporters"), and only the words whose other senses
        // take no crowd: "gas" (not "tear", which "apart" follows), "batons" (not a relay's "baton"), "lathi";
        // "cannon" and "rubber" are followed by other words than "water" and "bullets"
        near(6, PROTESTS, "Protest with intervention", 52, new String[] {"dispersed", "disperse", "dispersing", "gas", "teargas",
                "teargassed", "batons", "lathi", "lathicharged"}, "supporters", "marchers", "mourners", "activists",
                "protesters", "demonstrators");
        // "riot police dispersed the protesters" is force used on a protest, not a riot
        pair(PROTESTS, "Protest with intervention", 56, "riot police", "riot gear", "riot squad");
        // ACLED: a lynching or beating by a mob is mob violence, not an attack on civilians
        single(RIOTS, "Mob violence", 57, "mob", "mobs");
        // ACLED: a lynching is mob violence (a crowd's justice), whoever the victim
        single(RIOTS, "Mob violence", 57, "lynched", "lynching", "lynch", "lynchings", "lynches");
        pair(RIOTS, "Mob violence", 57, "jungle justice", "mob justice", "vigilante justice");
        // fists and sticks, not arms: "party workers exchanged blows", "a brawl broke out between two families"
        pair(RIOTS, "Mob violence", 52, "exchanged blows", "came to blows", "traded blows");
        // "a land dispute between two clans turned violent": below the protest words ("the protest turned violent" is a
        // violent demonstration, EventTyping) and any battle word
        pair(RIOTS, "Mob violence", 48, "turned violent", "turns violent", "turning violent", "became violent",
                "grew violent");
        single(RIOTS, "Mob violence", 52, "brawl", "brawls", "brawled", "scuffle", "scuffles", "scuffled", "melee");
        // "set up roadblocks with burning tyres": the street violence of a riot
        pair(RIOTS, "Violent demonstration", 55, "burning tyres", "burning tires", "burning barricades", "burned tyres",
                "burnt tyres", "burned tires");
        // "youths threw stones at soldiers": rioters outside a demonstration (EventTyping makes it a violent
        // demonstration when protesters are named)
        near(RIOTS, "Mob violence", 52, new String[] {"threw", "throwing", "hurled", "hurling", "pelted", "pelting"},
                concat(new String[] {"stones", "rocks", "bricks"},
                        // events round 15: fire bombs (EventTyping: thrown at a building by no crowd, property destruction)
                        FIRE_BOMBS));
        // events round 15: a crowd forcing traders or shops to close or shut: a shutdown
        // enforced by a crowd (ACLED: a violent demonstration; Extractor: only with people as the subject, not passive)
        String[] shut = {"close", "shut", "shutter"};
        near(SHUTDOWN, 5, RIOTS, "Violent demonstration", 53, SHUT_FORCED, shut);
        single(SD, "Arrests", 45, "arrest", "arrested", "arrests", "arresting", "detained", "detain", "detains",
                "detention", "apprehended", "apprehend", "captured", "seized", "captures", "seizes", "capture", "seize");
        pair(SD, "Arrests", 45, "into custody", "rounded up", "round up", "rounds up", "rounding up");
        single(SD, "Agreement", 30, "truce");
        pair(SD, "Agreement", 32, "peace deal", "peace agreement", "prisoner exchange", "prisoner swap",
                "ceasefire agreement", "ceasefire deal", "truce agreement");
        near(6, SD, "Agreement", 32, new String[] {"signed", "signs", "signing", "reached", "concluded", "agreed", "struck"},
                "agreement", "deal", "accord", "ceasefire", "truce", "memorandum", "pact", "exchange", "swap");
        // "announced the end of its ceasefire", "ended the truce": a side changes what it does (ACLED's change to
        // group/activity), above the agreement the words also name
        near(SD, "Change to group/activity", 33, new String[] {"end", "ended", "ends", "ending", "abandoned", "suspended",
                "terminated", "revoked", "scrapped"}, "ceasefire", "truce", "ceasefires", "truces");
        single(SD, "Disrupted weapons use", 65, "intercepted", "downed", "defused", "neutralized", "neutralised",
                "defuse", "defusing", "dismantled", "intercept", "intercepts");
        pair(SD, "Disrupted weapons use", 66, "shot down", "air defence", "air defense", "air defences", "air defenses",
                "bomb disposal", "defuses");
        // headline "Ukraine downs Russian jet", "air defence shoots down 12 drones": an aircraft brought down (a
        // proposal shot down is none)
        near(SD, "Disrupted weapons use", 65, new String[] {"downs", "down"}, "drone", "drones", "jet", "jets", "plane",
                "planes", "helicopter", "helicopters", "missile", "missiles", "aircraft", "uav", "uavs", "warplane",
                "warplanes", "su");
        single(SD, "Looting/property destruction", 40, "looted", "looting", "torched", "vandalized", "arson",
                "vandalised", "demolished", "demolition", "demolitions", "bulldozed", "razed", "plundered", "ransacked",
                "stole", "stolen", "rustled", "rustling", "pillaged", "uprooted",
                // headline present: "fighters loot a warehouse", "mob torches houses"
                "loot", "loots", "torch", "torches", "ransacks", "ransack", "razes", "raze", "vandalise", "vandalize");
        // ACLED's own label of a note: "Property destruction: On 1 August, settlers ..."
        pair(SD, "Looting/property destruction", 42, "property destruction");
        pair(SD, "Looting/property destruction", 42, "set fire", "set ablaze", "burned down", "burnt down",
                // events round 16: "carted away goods and livestock", "made off with two motorcycles"
                "carted away", "carted off", "made off");
        single(SD, "Headquarters or base established", 35, "headquarters");
        // events round 18: a window of 6 ("established a new forward operating base", "set up a temporary military camp")
        near(BASE_SET_UP, 6, SD, "Headquarters or base established", 47, new String[] {"established", "establish", "establishes", "set",
                "sets", "setting", "built", "opened", "erected"}, "base", "bases", "camp", "camps", "headquarters",
                "outpost", "outposts");
        // ACLED: a withdrawal or handover without fighting moves territory non-violently
        pair(SD, "Non-violent transfer of territory", 40, "withdrew from", "withdrawn from", "pulled out",
                "handed over", "withdrawal from", "retreated from");
        // dated acts only: "the deployment of" / "called for surrender" recount or demand, they do not report
        single(SD, "Change to group/activity", 30, "deployed", "redeployed", "surrendered", "defected", "disbanded",
                "reinforcements");
        // events round 18: a group's surrender told without the word ("gave themselves up", "handed themselves in to the
        // army", "laid down their arms"); one suspect who turns himself in to the police is no change of a group
        pair(SD, "Change to group/activity", 30, "gave themselves up", "give themselves up", "handed themselves over",
                "handed themselves in", "turned themselves in");
        near(LAID_DOWN, 3, SD, "Change to group/activity", 30, new String[] {"laid", "lay", "lays", "laying"}, "arms", "weapons");
        near(SD, "Change to group/activity", 30, new String[] {"troops", "forces", "convoy", "convoys", "columns", "column",
                "fighters", "reinforcements", "soldiers", "militants"}, "massing", "massed", "regrouped", "regrouping",
                "moved", "arrived", "headed", "mobilised", "mobilized", "relocated", "gathered", "entered", "repositioned");
        pair(SD, "Change to group/activity", 30, "troop movements", "troop movement", "military buildup",
                "military build", "sent reinforcements", "general mobilisation", "general mobilization", "forced recruitment",
                "forcibly recruited", "forcefully recruited");
        // "200 militiamen joined Fano": fighters changing sides or groups
        near(SD, "Change to group/activity", 30, new String[] {"militiamen", "fighters", "soldiers", "militants", "combatants"},
                "joined", "defected");
        // "police recovered explosives and detonators", "found a weapons cache": arms taken out of use
        near(SD, "Disrupted weapons use", 45, new String[] {"recovered", "found", "discovered", "uncovered",
                "confiscated", "seized", "impounded"}, "explosives", "detonators", "weapons", "arms",
                "ammunition", "cache", "caches", "ied", "ieds", "bombs", "grenades", "rifles", "munitions", "landmines",
                "mines", "stockpile", "arsenal", "vests");
        // below the protest words: "anti-coup protesters marched" is a protest (a real coup still beats an arrest)
        single(SD, "Other", 48, "coup", "putsch");
        // events round 18: a coup told by its act ("officers seized power and detained the president"), above the arrest
        pair(SD, "Other", 49, "seized power", "seize power", "seizes power", "seizing power", "grabbed power",
                "seizure of power");
        // an armed group's lockdown of an area ("declared an armed strike"): not a workers' strike
        pair(SD, "Other", 52, "armed strike", "armed strikes", "paro armado");
        // "released 20 political prisoners": a release from detention is ACLED's "Other" strategic development
        near(SD, "Other", 30, new String[] {"released", "releases", "freed", "pardoned"}, "prisoners", "detainees",
                "inmates", "prisoner", "detainee");
        // ACLED's own label of a note: "Non-violent activity: On 6 July, militants held a meeting ..."
        near(SD, "Other", 31, new String[] {"non"}, "activity", "activities");
        // a show of force and a checkpoint of one's own: ACLED's "Other" strategic development
        near(SD, "Other", 30, new String[] {"held", "holds", "staged", "organised", "organized", "conducted"}, "parade",
                "parades");
        pair(SD, "Other", 30, "military parade", "illegal checkpoint", "illegal checkpoints");
        // sieges and blockades of a town: ACLED's "Other" strategic development
        single(SD, "Other", 30, "blockade", "besieged", "siege", "blockaded");
        pair(SD, "Other", 50, "mass grave", "mass graves");
        // a curfew or a lockdown imposed: ACLED's "Security measures", a change to group/activity
        near(SD, "Change to group/activity", 30, new String[] {"imposed", "imposes", "imposing", "declared", "extended",
                "announced"}, "curfew", "curfews", "lockdown");
        // an armed group levying taxes where it rules: ACLED's "Other" strategic development
        near(SD, "Other", 30, new String[] {"imposed", "imposes", "imposing", "levied", "collected", "collecting", "extorted"},
                "zakat", "taxes", "levy", "levies");
    }

    private static final long H_FIRE = LongIntMap.h("fire"), H_FIRES = LongIntMap.h("fires");
    /** Verbs of a blaze before "fire on": "caught fire on", "set fire on" ("set fire" itself is a trigger). */
    private static final LongIntMap BLAZE = LongIntMap.words("caught", "catches", "catch", "catching", "set", "sets",
            "setting", "opened");

    /** "fire" at token k names a blaze: first in its sentence, after a determiner or after "caught" / "set". */
    static boolean blaze(Tokens t, int k, int st) {
        long h = t.hash[k];
        return (h == H_FIRE || h == H_FIRES) && (k == st || t.has(k - 1, Lexicon.DETERMINER) || BLAZE.get(t.hash[k - 1]) != 0);
    }

    /** A blaze ({@link #blaze}) among the tokens from st to en. */
    static boolean blazeIn(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (blaze(t, k, st)) return true;
        return false;
    }

    /** Attack words a politician may say ("Minister attacks opposition"), and who says them. */
    private static final LongIntMap VERBAL_ATTACK = LongIntMap.words("attack", "attacks", "attacked");
    private static final LongIntMap POLITICIAN = LongIntMap.words("minister", "president", "premier", "pm", "chancellor",
            "governor", "senator", "lawmaker", "lawmakers", "mp", "mps", "candidate", "opposition", "party", "spokesman",
            "spokeswoman", "mayor", "critics", "media", "congressman", "congresswoman");

    /** Places and positions that can be taken: "captured the town of ...", "seized the army's headquarters". */
    private static final LongIntMap TERRITORY_NOUN = LongIntMap.words("town", "towns", "village", "villages", "city",
            "cities",
            "base", "bases", "headquarters", "camp", "area", "district", "locality", "hill", "airport", "airbase",
            "airfield", "garrison", "outpost", "outposts", "position", "positions", "territory", "settlement",
            "settlements", "capital", "stronghold", "strongholds", "barracks", "checkpoint", "checkpoints", "compound");
    /** Prepositions that end the object of a verb ("of" does not: "the town of X", "control of X"). */
    private static final LongIntMap OBJECT_END = LongIntMap.words("to", "for", "by", "with", "after", "during",
            "amid", "against",
            "since", "under", "before", "following", "until", "as", "about", "through", "between", "within", "without");
    /** Trigger nouns that can modify an actor: "coup leaders", "the coup government". */
    private static final LongIntMap ACTOR_MODIFIER = LongIntMap.words("coup", "putsch");
    /** Actors such a noun modifies. */
    private static final LongIntMap MODIFIED_ACTOR = LongIntMap.words("leader", "leaders", "leadership", "plotter",
            "plotters",
            "maker", "makers", "government", "regime", "junta", "authorities", "rulers", "council", "general", "generals",
            "officers", "soldiers", "supporters", "administration");
    /** Events round 16: groups and suspects a crime noun can name ("kidnapping ring", "robbery gang", "bombing suspect"). */
    private static final LongIntMap CRIME_GROUP = LongIntMap.words("ring", "rings", "syndicate", "syndicates", "gang", "gangs",
            "network", "networks", "racket", "rackets", "cell", "cells", "suspect", "suspects", "kingpin", "kingpins");
    /** Events round 16: words that tell a fight as a pretext for a killing ("a staged encounter", "a fake shootout"; "so-called" is two tokens, read apart). */
    private static final LongIntMap PRETEXT = LongIntMap.words("staged", "fake");
    /** The word at k follows a pretext word: "a staged encounter", "a so-called crossfire". */
    static boolean pretext(Tokens t, int k, int st) {
        return k - 1 >= st && (PRETEXT.get(t.hash[k - 1]) != 0 || k - 2 >= st && t.hash[k - 1] == H_CALLED && t.hash[k - 2] == H_SO);
    }

    private static final long H_CALLED = LongIntMap.h("called"), H_SO = LongIntMap.h("so"), H_WITH = LongIntMap.h("with"),
            H_CONNECTION = LongIntMap.h("connection");

    private static final LongIntMap CRIME_NOUN = LongIntMap.words("kidnap", "murder", "robbery", "arson", "extortion", "terror");

    /** The trigger word at k reads as a noun ("kidnapping", "abduction", "kidnap"), not a verb with an object ("raid gang"). */
    private static boolean crimeNoun(Tokens t, int k) {
        String w = t.text.substring(t.start[k], t.end[k]).toLowerCase(java.util.Locale.ROOT);
        return w.endsWith("ing") || w.endsWith("ion") || CRIME_NOUN.get(t.hash[k]) != 0;
    }

    /** Protest verbs that also mean showing something: "demonstrated its resolve". */
    private static final LongIntMap SHOWING = LongIntMap.words("demonstrated", "demonstrating", "demonstrate",
            "demonstrates");

    private static boolean h(Tokens t, int k, String word) { return t.hash[k] == LongIntMap.h(word); }

    private static final LongIntMap PURPOSE = LongIntMap.words("to");
    private static final LongIntMap PARTICIPLE_ADJECTIVE = LongIntMap.words("kidnapped", "abducted", "detained",
            "arrested",
            "wounded", "injured", "displaced", "executed", "murdered", "massacred");
    private static final long H_ENGAGED = LongIntMap.h("engaged"), H_AIR = LongIntMap.h("air");
    private static final LongIntMap DEFENCE_THING = LongIntMap.words("system", "systems", "battery", "batteries", "complex",
            "complexes", "radar", "radars", "launcher", "launchers", "unit", "units", "position", "positions");

    private static final LongIntMap UNKNOWN_PLACE = LongIntMap.words("unknown", "undisclosed");
    /** Verbs of flight: who fled to an unknown destination took nobody there. */
    private static final LongIntMap FLIGHT = LongIntMap.words("fled", "escaped", "retreated", "withdrew", "ran", "vanished",
            "disappeared", "fleeing", "escaping", "flee", "escape");

    /** A verb of flight within 8 tokens before k, in its clause. */
    private static boolean fled(Tokens t, int st, int k) {
        for (int j = k - 1; j >= Math.max(st, k - 8); j--) {
            if (FLIGHT.get(t.hash[j]) != 0) return true;
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_COLON)) != 0) return false;
        }
        return false;
    }

    /** A speech verb (urges, calls, demands ...) within 6 tokens before k. */
    private static boolean calledOn(Tokens t, int st, int k) {
        for (int j = k - 1; j >= Math.max(st, k - 6); j--) if (t.has(j, Lexicon.SPEECH | Lexicon.CLAIM)) return true;
        return false;
    }

    /** Stances written before a trigger noun: "anti-coup protesters", "pro-coup rally". */
    private static final LongIntMap STANCE_PREFIX = LongIntMap.words("anti", "pro");
    static final int OBJECT_NONE = 0, OBJECT_PLACE = 1, OBJECT_PERSON = 2, OBJECT_WEAPONS = 3, OBJECT_GOODS = 4;
    /** Seized drugs or smuggled goods: ACLED's "Looting/property destruction" (a seizure), not an arrest. */
    static final Trigger GOODS_SEIZED = new Trigger(SD, "Looting/property destruction", 45, "seized goods");
    private static final LongIntMap GOODS = LongIntMap.words("drugs", "drug", "marijuana", "cannabis", "cocaine", "heroin",
            "methamphetamine", "narcotics", "cigarettes", "contraband", "smuggled", "tons", "tonnes", "kilos", "kilograms",
            "kg", "packs", "packets", "fuel", "timber", "goods", "merchandise", "cattle", "livestock");
    private static final LongIntMap AMOUNT_QUALIFIER = LongIntMap.words("about", "around", "nearly", "approximately",
            "some", "roughly", "almost");
    /** Seized weapons: ACLED's "Disrupted weapons use" (a cache found, arms seized). */
    static final Trigger WEAPONS_SEIZED = new Trigger(SD, "Disrupted weapons use", 45, "seized weapons");
    private static final LongIntMap WEAPON = LongIntMap.words("weapons", "weapon", "arms", "ammunition", "explosives",
            "munitions", "cache", "caches", "rifles", "guns", "grenades", "rockets", "mortars", "ied", "ieds",
            "bombs", "landmines", "mines", "drones", "vests");


    private Triggers() {}


    /**
     * Why the trigger word at k is not an event word here, or null: a participle used as an adjective ("the
     * captured territory"), a stance ("anti-coup"), a noun modifying an actor ("coup leaders").
     */
    static String modifierUse(Tokens t, int k, int st, int en) {
        long h = t.hash[k];
        if (taking(h) && k - 1 >= st && t.has(k - 1, Lexicon.DETERMINER)) {
            return "participle used as an adjective";
        }
        // "militants storm a hotel" is an assault; "a storm", "Storm damages homes" is weather
        if ((h == H_STORM || h == H_STORMS) && !(k - 1 >= st && t.has(k - 1, Lexicon.PERSON | Lexicon.FORCE
                | Lexicon.NON_STATE | Lexicon.PROTESTER))) {
            return "weather, unless people storm";
        }
        if (k - 1 >= st && (t.gap[k] & Tokens.G_HYPHEN) != 0 && STANCE_PREFIX.get(t.hash[k - 1]) != 0) return "a stance";
        if (armedDemand(t, k, st)) return "an armed group's demand, not a protest";
        // "rescued 12 kidnapped victims", "the abducted girls": a participle used as an adjective before people
        if (PARTICIPLE_ADJECTIVE.get(h) != 0 && k + 1 < en && k - 1 >= st && t.has(k + 1, Lexicon.PERSON)
                && (t.has(k - 1, Lexicon.DETERMINER) || Numbers.isNumberToken(t, k - 1)) && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0) {
            return "participle used as an adjective";
        }
        // events round 14: a destination that takes people is "to" one ("taken to an unknown location"); "fled to an
        // unknown destination" is the attackers' flight, "fired from an unknown location" a firing point
        if (UNKNOWN_PLACE.get(h) != 0 && !(k - 2 >= st && (h(t, k - 1, "to") || h(t, k - 2, "to")) && !fled(t, st, k))) {
            return "no place people were taken to";
        }
        // "struck a Russian air defence system": the air defence is the target, nothing was intercepted
        if (h == H_AIR && k + 2 < en && DEFENCE_THING.get(t.hash[k + 2]) != 0) return "an air defence system, a thing";
        // "vehicles engaged in road construction": engaged in work, not in combat
        if (h == H_ENGAGED && k - 1 >= st && t.has(k - 1, Lexicon.THING)) return "engaged in work, not in combat";
        // "urges the UN to demand ...", "called on them to protest": a call, not a protest
        if (PURPOSE.get(h) != 0 && calledOn(t, st, k)) return "a call, not a protest";
        // "the operation demonstrated the proficiency of ...": a showing; people demonstrate in, at, against ...
        if (SHOWING.get(h) != 0 && k + 1 < en && (t.gap[k + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) == 0
                && (t.has(k + 1, Lexicon.DETERMINER) || h(t, k + 1, "that") || h(t, k + 1, "how"))) {
            return "a showing, not a protest";
        }
        if (ACTOR_MODIFIER.get(h) != 0 && k + 1 < en && (t.gap[k + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) == 0
                && MODIFIED_ACTOR.get(t.hash[k + 1]) != 0) {
            return "modifies an actor";
        }
        // events round 16: "killed a robber in a so-called crossfire", "a staged encounter": a fight told as a pretext
        if (pretext(t, k, st)) return "a fight told as a pretext";
        // events round 16: "arrested three suspects in connection with the murder of a trader": the crime an arrest is about
        if (k - 3 >= st && (t.hash[k - 2] == H_WITH && t.hash[k - 3] == H_CONNECTION || k - 4 >= st && t.hash[k - 3] == H_WITH
                && t.hash[k - 4] == H_CONNECTION)) {
            return "the crime an arrest or charge is about";
        }
        // events round 16: "members of a kidnapping ring", "the bombing suspects": a crime naming a group or its suspects
        if (k + 1 < en && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0 && CRIME_GROUP.get(t.hash[k + 1]) != 0 && crimeNoun(t, k)) {
            return "names a group by its crime";
        }
        // "a tanker caught fire on the expressway", "the fire on the third floor", "Fire on a market kills 5": a blaze;
        // gunfire has a subject before it ("forces fire on positions")
        if (blaze(t, k, st)) return "a blaze, not gunfire";
        // headline "Minister attacks opposition over budget": words, not arms ("Minister attacked by a mob",
        // "... attacked in Kabul" are still attacks)
        if (VERBAL_ATTACK.get(h) != 0 && k - 1 >= st && POLITICIAN.get(t.hash[k - 1]) != 0 && k + 1 < en
                && !h(t, k + 1, "by") && !t.has(k + 1, Lexicon.LOCATIVE)) {
            return "a politician's words";
        }
        return null;
    }

    /**
     * What the verb ending at token k takes, up to 8 tokens on and up to any preposition but "of": a person
     * ("captured the district Taliban shadow governor", "captured another"), else a place or position
     * ({@code placeStart}: a scene place mention starts there; "captured the town of ...", "took control of
     * Kidal", "the rebel stronghold of Kidal"), else nothing ("took control of the situation in Kharkiv").
     */
    private static final long H_OVER = LongIntMap.h("over"), H_CONTROL = LongIntMap.h("control");

    static int takenObject(Tokens t, int k, int en, boolean[] placeStart) {
        boolean place = false;
        for (int j = k + 1; j < Math.min(en, k + 9); j++) {
            // "seized 2,5 million cigarettes": a comma inside a number ends no object
            boolean inNumber = t.is(j, Tokens.DIGIT) && t.is(j - 1, Tokens.DIGIT);
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0 && !inNumber) break;
            long h = t.hash[j];
            if (placeStart[j] || TERRITORY_NOUN.get(h) != 0 || unknownNameAfterOf(t, j)) {
                place = true;
                continue;
            }
            // "overtook Ocheretyne, Donetsk": a name the gazetteer lacks, qualified by a place after the comma
            if (t.is(j, Tokens.CAP) && j + 1 < en && (t.gap[j + 1] & Tokens.G_COMMA) != 0 && placeStart[j + 1]) {
                place = true;
                continue;
            }
            if ((Lexicon.has(h, Lexicon.PERSON) || h == H_ANOTHER || h == H_HIM || h == H_THEM) && !personModifier(t, j, en)) {
                return OBJECT_PERSON;
            }
            if (!place && WEAPON.get(h) != 0) return OBJECT_WEAPONS;
            if (!place && GOODS.get(h) != 0) return OBJECT_GOODS;
            // "seized about 3,2 tons of cannabis": a count's qualifier ends no object
            if (AMOUNT_QUALIFIER.get(h) != 0) continue;
            // "established control over Kreminna": "over" after "control" leads to the place taken
            if (h == H_OVER && t.hash[j - 1] == H_CONTROL) continue;
            if (Lexicon.has(h, Lexicon.LOCATIVE) || OBJECT_END.get(h) != 0) break;
        }
        return place ? OBJECT_PLACE : OBJECT_NONE;
    }

    /** "took control of Robotyne": a capitalised name the gazetteer lacks, right after "of", names the place. */
    private static boolean unknownNameAfterOf(Tokens t, int j) {
        return t.hash[j - 1] == H_OF && t.is(j, Tokens.CAP) && !t.is(j, Tokens.UPPER)
                && !t.has(j, Lexicon.STOP_NAME | Lexicon.FORCE | Lexicon.ORG_TAIL | Lexicon.TITLE
                        | Lexicon.MONTH | Lexicon.WEEKDAY | Lexicon.NON_STATE);
    }

    /** "the rebel stronghold", "a militant-held town": a person word modifying the noun after it. */
    private static boolean personModifier(Tokens t, int j, int en) {
        return j + 1 < en && (TERRITORY_NOUN.get(t.hash[j + 1]) != 0 || (t.gap[j + 1] & Tokens.G_HYPHEN) != 0);
    }

    /** The trigger starting at token i, or null; {@code span[0]} receives its length in tokens. */
    static Trigger at(Tokens t, int i, int sentEnd, int[] span) {
        if (!t.in(i, TokenWords.TRIGGER_START)) return null; // one bit for the many words that start no trigger
        if (t.is(i, Tokens.MIXED)) return null; // "kiA", "ShOT": noise, not a word
        // each table is asked only for a word its TokenWords bit says it holds
        if (t.in(i, TokenWords.TRIGGER_PAIR) && i + 1 < sentEnd
                && (t.gap[i + 1] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP | Tokens.G_COLON)) == 0) {
            int p = PAIR.get(NameKey.combine(t.hash[i], t.hash[i + 1]));
            if (p != 0 && !(i > 0 && BOMB_NAMED.contains(ALL.get(p - 1)) && FIRE_BOMB_WORD.get(t.hash[i - 1]) != 0)) {
                span[0] = 2;
                return ALL.get(p - 1);
            }
        }
        int reach = t.in(i, TokenWords.TRIGGER_NEAR) ? NEAR_HEAD.get(t.hash[i]) : 0;
        if (reach != 0) {
            for (int j = i + 1; j < Math.min(sentEnd, i + 1 + reach); j++) {
                if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP | Tokens.G_COLON)) != 0) break;
                int p = NEAR.get(NameKey.combine(t.hash[i], t.hash[j]));
                if (p != 0 && completed(ALL.get(p - 1), t, i, j, sentEnd)) {
                    span[0] = j - i + 1;
                    return ALL.get(p - 1);
                }
            }
        }
        int s = t.in(i, TokenWords.TRIGGER_SINGLE) ? SINGLE.get(t.hash[i]) : 0;
        if (s != 0) {
            span[0] = 1;
            return ALL.get(s - 1);
        }
        return null;
    }

    /** A near phrase ("forces ... struck"): its inner words may start triggers of their own. */
    static boolean near(Trigger tr) {
        return tr.word().contains(" ... ");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static final long H_BY = LongIntMap.h("by");
    private static final LongIntMap CROWD_SUBJECT = LongIntMap.words("crowd", "crowds", "mob", "mobs", "supporters",
            "enforcers", "picketers", "rioters", "strikers");

    /** Words that end the agent phrase after "by": "by gunmen wearing uniforms", "by men dressed as soldiers". */
    private static final LongIntMap AGENT_END = LongIntMap.words("wearing", "dressed", "posing", "disguised", "who", "which", "that",
            "and", "after", "during", "while");
    /** Words of disguise after the agent: "men wearing police uniforms", "men posing as officers" are unknown takers. */
    private static final LongIntMap DISGUISE = LongIntMap.words("wearing", "dressed", "posing", "disguised");

    /**
     * The end (exclusive) of the agent phrase right after "by" at {@code by}, up to five words and before a comma, a
     * place preposition or a word of dress ("was taken away by gunmen, police said", "by men wearing police uniforms in
     * X": "gunmen", "men"), or -1 when no "by" stands at {@code by}.
     */
    static int agentEnd(Tokens t, int by, int en) {
        if (by >= en || t.hash[by] != H_BY) return -1;
        int end = Math.min(en, by + 6);
        for (int j = by + 1; j < end; j++) {
            if (j > by + 1 && ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_STOP)) != 0
                    || t.has(j, Lexicon.LOCATIVE) || AGENT_END.get(t.hash[j]) != 0)) {
                return j;
            }
        }
        return end;
    }

    /** Armed or unknown takers besides non-state actors: "armed men", "kidnappers", "unidentified assailants". */
    private static final LongIntMap ARMED_TAKER = LongIntMap.words("armed", "kidnappers", "kidnapper", "abductors",
            "abductor", "assailants", "attackers", "unknown", "unidentified", "masked", "hooded", "suspected");

    /**
     * Review of events round 15. The passive taking away whose "by" stands at {@code by} has an armed, non-state,
     * unknown or state agent: taken away by armed men, carried off by suspected members of an armed group,
     * "was taken away by police" (an arrest, {@link EventTyping}), people in disguise ("by men wearing uniforms"); not
     * "by medics", "by residents", "by the current".
     */
    static boolean takenByArmed(Tokens t, int by, int en) {
        int end = agentEnd(t, by, en);
        if (end > 0 && end < en && DISGUISE.get(t.hash[end]) != 0) return true;
        for (int j = by + 1; j < end; j++) {
            if (t.wordIs(j, Lexicon.NON_STATE) || t.has(j, Lexicon.FORCE) || ARMED_TAKER.get(t.hash[j]) != 0
                    || EventTyping.stateActor(t, j, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /** People evacuated or collected rather than abducted: "the wounded were taken away", "carried off the bodies". */
    private static final LongIntMap EVACUATED = LongIntMap.words("wounded", "injured", "bodies", "body", "corpse",
            "corpses", "remains", "casualties", "dead");

    /** An evacuation word inside [from, to): the people taken away are the dead or the wounded. */
    static boolean evacuated(Tokens t, int from, int to) {
        return t.first(from, to, EVACUATED) >= 0;
    }

    /** Events round 15: the trigger is a shutdown forced on others (people forced to close or shut). */
    static boolean shutdownForced(Trigger tr) {
        return SHUTDOWN.contains(tr.word());
    }

    /**
     * Events round 15. The subject of the forcing verb at k, the nearest noun phrase before it, is a crowd ("a crowd of
     * youths forced", "strike supporters forced", "rioters forced"), and the verb is active: "shops were forced to close
     * by the lockdown", "the curfew forced traders to close" (after "residents said"), "fighters forced", "police forced"
     * are no crowd's act. The head is the word before the verb or, over "of", the word before "of".
     */
    static boolean crowdForces(Tokens t, int st, int k) {
        if (EventTyping.passiveAt(t, st, k) || k - 1 < st) return false;
        if (crowd(t, k - 1)) return true;
        for (int j = k - 2; j > st && j >= k - 5; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0 || t.has(j, Lexicon.CLAIM | Lexicon.SPEECH)) return false;
            if (t.hash[j] == H_OF) return crowd(t, j - 1);
        }
        return false;
    }

    /** A crowd, rioter or protester word at j. */
    private static boolean crowd(Tokens t, int j) {
        return CROWD_SUBJECT.get(t.hash[j]) != 0 || t.has(j, Lexicon.PROTESTER) || EventTyping.rioter(t.hash[j]);
    }

    private static final long H_DEMANDING = LongIntMap.h("demanding");

    /**
     * Events round 18: "gunmen demanding ransom kidnapped two traders", "the kidnappers demanding a ransom": a demand of
     * armed men or kidnappers right before it is no protest's purpose.
     */
    static boolean armedDemand(Tokens t, int k, int st) {
        return t.hash[k] == H_DEMANDING && k - 1 >= st && (t.wordIs(k - 1, Lexicon.NON_STATE)
                || ARMED_TAKER.get(t.hash[k - 1]) != 0);
    }

    /** A verb of taking away, which takes people only when a person is its object ({@link #takenObject}). */
    static boolean takenAway(Trigger tr) {
        return TAKEN_AWAY.contains(tr.word());
    }

    /** A killing told by its discovery ("residents found the bodies of ..."): who found the dead is no attacker. */
    static boolean discovery(Trigger tr) {
        return tr.type().equals(VAC) && (tr.priority() == DISCOVERED || FOUND_DEAD.contains(tr.word()));
    }

    /**
     * Whether the near phrase {@code tr}, its head at i and its last word at j, has the word it needs: "off" after a
     * bomb's verb of going ("a bomb went off", not "the bomb squad went to the scene"), "into" at most five words
     * before a vehicle ("forced a trader into a white pick-up truck", not "forced the truck to stop").
     */
    private static boolean completed(Trigger tr, Tokens t, int i, int j, int sentEnd) {
        LongIntMap middle = MIDDLE.get(tr);
        if (middle != null) return j == i + 2 && middle.get(t.hash[i + 1]) != 0;
        if (GONE_OFF.contains(tr.word())) return j + 1 < sentEnd && t.hash[j + 1] == H_OFF;
        if (BASE_SET_UP.contains(tr.word())) {
            for (int m = i + 1; m < j; m++) if (BASE_ELSEWHERE.get(t.hash[m]) != 0) return false;
            if (t.hash[j] == H_CAMP || t.hash[j] == H_CAMPS) {
                return !(SHELTER_CAMP.get(t.hash[j - 1]) != 0 || j + 1 < sentEnd && SHELTER_CAMP.get(t.hash[j + 1]) != 0);
            }
        }
        if (BOMB_THROWN.contains(tr.word())) {
            boolean passive = j == i + 1 && THROWN_PARTICIPLE.get(t.hash[j]) != 0;
            for (int m = i + 1; m < j && !passive; m++) passive = t.in(m, TokenWords.BE);
            if (!passive) return false;
        }
        if (BOMB_THROWN.contains(tr.word()) || THROWN_BOMB.contains(tr.word())) {
            // "threw a petrol bomb", "petrol bombs were hurled": a fire bomb's own rows
            for (int m = Math.max(0, i - 1); m < j; m++) if (FIRE_BOMB_WORD.get(t.hash[m]) != 0) return false;
            return true;
        }
        if (INTO_VEHICLE.contains(tr.word())) {
            for (int m = j - 1; m > i && m >= j - 5; m--) if (t.hash[m] == H_INTO) return true;
            return false;
        }
        if (LAID_DOWN.contains(tr.word())) {
            for (int m = i + 1; m < j; m++) if (t.hash[m] == H_DOWN) return true;
            return false;
        }
        if (WHEREABOUTS.contains(tr.word())) { // a taking told in this sentence or the one before
            for (int m = i - 1; m >= 0 && t.sentence[m] >= t.sentence[i] - 1; m--) if (TAKEN_BEFORE.get(t.hash[m]) != 0) return true;
            return false;
        }
        return true;
    }

    /**
     * Events round 18: "seized power stations", "seized power lines": the word after a pair of seizing and "power" (at
     * {@code next}) makes the power a thing taken, not a coup.
     */
    static boolean powerThing(Tokens t, int next, int en) {
        return next < en && POWER_THING.get(t.hash[next]) != 0;
    }

    private static final long H_OFF = LongIntMap.h("off"), H_INTO = LongIntMap.h("into");

    /** Political violence: a battle, an explosion or remote violence, or violence against civilians. */
    static boolean violent(String type) {
        return type.equals(BATTLES) || type.equals(ERV) || type.equals(VAC);
    }

    /** Either territory sub-type: who took the place decides between them ({@link EventTyping}). */
    static boolean territory(Trigger tr) {
        return tr.subtype().equals(TERRITORY.subtype()) || tr.subtype().equals(GOVERNMENT_REGAINS);
    }

    static int count() { return ALL.size(); }
}
