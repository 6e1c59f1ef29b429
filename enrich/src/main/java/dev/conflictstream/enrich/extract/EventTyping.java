package dev.conflictstream.enrich.extract;

import java.util.function.LongFunction;

/**
 * Sub-type precedence once a sentence's best trigger is known: who acts on whom decides between
 * sub-types the trigger word alone cannot tell apart (ACLED's rules).
 * <ul>
 * <li>territory: the actor decides, not the verb: a government force of the place's country (or the
 *     country itself) taking or retaking a place is "Government regains territory", a non-state armed
 *     group or a foreign state's force "Non-state actor overtakes territory" (ACLED codes Russian advances
 *     in Ukraine so); with no actor named, the verb's sub-type stays;</li>
 * <li>a munition that is the object of an interception or defusal ("defused an IED", "intercepted a
 *     rocket"), with nobody harmed, is "Disrupted weapons use";</li>
 * <li>a one-sided attack ("attacked", "raid", "opened fire") whose victims are civilians is "Violence
 *     against civilians / Attack", and so are deaths without a trigger inflicted on civilians;</li>
 * <li>around a protest: violence by the protesters (stones, torching, clashes) is a riot; force used on
 *     them is "Protest with intervention", or "Excessive force against protesters" when people died.</li>
 * </ul>
 */
final class EventTyping {
    private static final Triggers.Trigger GOVERNMENT_REGAINS =
            new Triggers.Trigger(Triggers.BATTLES, Triggers.GOVERNMENT_REGAINS, 70, "(government takes territory)");
    private static final Triggers.Trigger OTHERS_OVERTAKE =
            new Triggers.Trigger(Triggers.BATTLES, Triggers.TERRITORY.subtype(), 70, "(non-state or foreign actor takes territory)");
    private static final Triggers.Trigger DISRUPTED =
            new Triggers.Trigger(Triggers.SD, "Disrupted weapons use", 65, "(munition disrupted)");
    private static final Triggers.Trigger CIVILIANS_ATTACKED =
            new Triggers.Trigger(Triggers.VAC, "Attack", 55, "(attack on civilians)");

    static final LongIntMap MILITARY_PERSON = LongIntMap.words("soldiers", "soldier", "troops", "servicemen", "serviceman",
            "militants", "militant", "insurgents", "insurgent", "fighters", "fighter", "rebels", "rebel", "militiamen",
            "militiaman", "militia", "separatists", "separatist", "combatants", "marines", "paratroopers", "policemen",
            "policeman", "police", "officers", "guards", "gunmen", "taliban", "kia", "wia", "personnel", "military",
            "army", "forces", "medic", "commander", "sapper", "cops", "cop", "sappers", "servicemember", "servicewoman", "mercenaries",
            "jihadists", "bandits", "gendarmes", "positions", "checkpoint", "post", "convoy", "patrol", "force",
            "leader", "leaders", "commanders", "facilitator",
            // pro-government militias and vigilantes: armed, so no civilian victims (Sahel, Nigeria, DRC)
            "vdp", "vdps", "cjtf", "vigilantes", "vigilante", "dozo", "dozos", "koglweogo", "wazalendo", "guardsmen",
            "agents", "operatives", "cadres", "dissidents");
    /** A state's forces, also by the acronyms ACLED notes use (Lexicon.NON_STATE names the armed groups). */
    private static final LongIntMap GOVERNMENT = LongIntMap.words("forces", "troops", "army", "military", "soldiers", "regime",
            "government", "govt", "police", "cops", "gendarmes", "gendarmerie", "junta", "tatmadaw", "brigade", "brigades", "battalion",
            "battalions", "units", "marines", "paratroopers", "servicemen", "fardc", "fama", "andsf", "ansf", "ana",
            "saf", "sna", "idf");
    /** Attack words with a one-sided meaning (two-sided ones, "clashed", "fought", stay battles). */
    private static final LongIntMap ONE_SIDED = LongIntMap.words("attack", "attacks", "attacked", "attacking", "raid", "raided",
            "ambush", "ambushed", "stormed", "assault", "assaulted", "assaulting", "gunfire", "opened", "open", "opens", "shooting", "shot", "shoot", "shoots", "fired", "firing", "beat",
            "beaten", "beating", "beatings");
    /** Civilian places and people beyond Lexicon.CIVILIAN: "attacked the village", "killed 3 men at a bar". */
    static final LongIntMap CIVILIAN_TARGET = LongIntMap.words("village", "villages", "market", "church", "churches",
            "mosque", "school", "bar", "home", "homes", "house", "houses", "shop", "bus", "wedding", "funeral",
            "men", "man", "chief", "elders", "elder", "family", "families",
            // people killed for their trade or office, unarmed: "a motorcycle taxi driver", "a local councillor"
            "driver", "drivers", "motorcyclist", "pastor", "pastors", "imam", "imams", "councillor", "councilor",
            "councillors", "councilors", "candidate", "vendor", "mechanic", "tailor", "nurse", "doctor", "judge",
            "official", "officials", "activist", "activists", "businesswoman", "landowner", "teenager", "boys", "girls",
            "couple", "owner", "owners", "teen", "teens", "villager", "detainee", "detainees", "prisoner", "prisoners", "inmate", "inmates", "youths",
            "youth", "indigenous",
            // people a vigilante group or a force kills for what they are said to be: "killed 4 suspected thieves"
            "thief", "thieves", "robber", "robbers", "informer", "informers", "witch", "witches", "hostage", "hostages",
            "captives", "captive", "neighbour", "neighbor", "neighbours", "neighbors",
            // "attacked a household", "raided a homestead": a family's home
            "household", "households", "homestead", "homesteads",
            // "opened fire on a vehicle heading to town", "fired on herders": travellers and herders are unarmed
            "vehicle", "vehicles", "car", "cars", "minibus", "taxi", "pastoralists",
            // events round 12: "fired shots at a former MLA", "gunmen shot at a lawmaker's car": office holders are unarmed
            "lawmaker", "lawmakers", "legislator", "mla", "mp", "politician", "politicians", "senator", "mayor");
    /** What protesters do in a violent demonstration. */
    private static final LongIntMap RIOTOUS = LongIntMap.words("stones", "stone", "rocks", "pelted", "pelting", "torched", "torch", "torches",
            "vandalised", "vandalized", "vandalising", "vandalizing", "looted", "rioted", "rioting", "clashed",
            "clashing", "clashes", "tyres", "tires", "molotov", "burned", "burnt", "burning");
    private static final LongIntMap INTERVENTION = LongIntMap.words("police", "disperse", "dispersed", "dispersing", "rubber",
            "cannon", "arrested", "detained", "batons", "teargas", "intervened", "intervene", "arrests");
    /** Unorganised groups: when they fight each other it is mob violence, when they fight the police a riot. */
    private static final LongIntMap RIOTER = LongIntMap.words("supporters", "youths", "youth", "students", "activists", "villagers",
            "residents", "crowd", "crowds", "fans", "mob", "mobs", "locals", "partisans", "cadres", "workers", "neighbours",
            "neighbors", "families", "traders", "worshippers", "hooligans", "refugees", "miners", "vendors", "motorcyclists", "squatters", "student", "supporter");
    /** An unorganised group's word ({@link #RIOTER}): "youths", "residents", "supporters". */
    static boolean rioter(long h) {
        return RIOTER.get(h) != 0;
    }

    /** "members of two communities clashed over a boundary": communities fighting each other (ACLED's mob violence). */
    private static final LongIntMap COMMUNAL = LongIntMap.words("communities", "community");
    /** Battle words of two sides fighting (one-sided attack words are {@link #ONE_SIDED}). */
    private static final LongIntMap TWO_SIDED = LongIntMap.words("clash", "clashes", "clashed", "fighting", "fought", "battle",
            "battles", "skirmish", "skirmishes", "brawl", "brawled", "scuffle", "scuffled", "scuffles", "crossfire",
            "confrontation", "confrontations", "encounter", "battled", "battling", "gunbattle", "gunbattles", "gunfight",
            "gunfights", "firefight", "firefights", "shootout", "shootouts", "traded", "exchanged");
    /** A police force: against rioters it makes a violent demonstration, not a battle. */
    private static final LongIntMap POLICE = LongIntMap.words("police", "policemen", "policeman", "officers", "gendarmes", "riot",
            "cops");
    private static final long H_TEAR = LongIntMap.h("tear"), H_GAS = LongIntMap.h("gas"), H_SET = LongIntMap.h("set"),
            H_FIRE = LongIntMap.h("fire"), H_MOB = LongIntMap.h("mob"), H_BY = LongIntMap.h("by");

    private EventTyping() {}


    /**
     * The sentence's type after precedence. {@code at}: the trigger's token; {@code disruptedAt}: the first
     * disrupted-weapons trigger of the sentence or -1; {@code placeCountry}: the country of the sentence's own
     * place or null; {@code countryOf}: the country code a token names as a side ("Russian"), or null.
     */
    static Triggers.Trigger refine(Triggers.Trigger best, int at, Tokens t, int st, int en, Figure killed, Figure injured,
            int disruptedAt, String placeCountry, LongFunction<String> countryOf) {
        boolean harmed = killed != null && killed.low() > 0 || injured != null && injured.low() > 0;
        if (Triggers.territory(best)) {
            // "took over the town without resistance", "entered the base unopposed": no fight, ACLED's non-violent transfer
            if (unopposed(t, at, en)) return NON_VIOLENT_TRANSFER;
            int side = takerSide(t, st, at, placeCountry, countryOf);
            return side == SIDE_GOVERNMENT ? GOVERNMENT_REGAINS : side == SIDE_OTHER ? OTHERS_OVERTAKE : best;
        }
        if (best.type().equals(Triggers.ERV) && disruptedAt >= 0 && !harmed
                && (disruptedAt < at && at - disruptedAt <= 8 || disruptedAt > at && disruptedAt - at <= 6)) {
            return DISRUPTED;
        }
        // "fighters entered the town after the army left, without any clashes": a move into a place, nobody resisting
        if (best.subtype().equals("Change to group/activity") && !harmed && unopposed(t, at, en)) return NON_VIOLENT_TRANSFER;
        // "ten assailants were neutralized", "neutralised the attackers": people neutralised are killed in combat, not
        // a munition disrupted
        if (best.subtype().equals("Disrupted weapons use") && NEUTRALISE.get(t.hash[at]) != 0 && peopleNeutralised(t, st, at, en)) {
            return FIGHTERS_NEUTRALISED;
        }
        // events round 14: "police took away two suspects": a state force taking people away arrests them; events round 15:
        // also as the passive's agent right after "by" ("was taken away by police"; not "by gunmen, police said"); the
        // taking-away triggers are two words, "by" follows them
        if (Triggers.takenAway(best) && (!passiveAt(t, st, at) && stateActor(t, st, at) || byState(t, at + 2, en))) {
            return TAKEN_BY_THE_STATE;
        }
        // events round 15: "fired at positions near X, hitting a school": fire whose rounds hit buildings is shelling
        if (StruckTargets.fireHitBuildings(best, t, at, en) && !battleWord(t, st, en)) return StruckTargets.FIRE_ON_HOUSES;
        // events round 15: unknown people hurling fire bombs at a building: no crowd, no protest
        if (StruckTargets.fireBombAtBuilding(best, t, at, en) && unorganisedAttackers(t, st, at) == null
                && !protestInSentence(t, st, en)) {
            return harmed ? StruckTargets.FIRE_BOMB_ON_PEOPLE : StruckTargets.FIRE_BOMB_ON_PROPERTY;
        }
        // "bandits seized 3 travellers", "Al Shabaab militants detained 5 elders": an armed group takes people, ACLED's abduction
        if (best.subtype().equals("Arrests") && armedGroupActor(t, st, at)) return ABDUCTED;
        // "arrested 6 suspected ISIS members in a raid": a raid that ends in arrests, nobody harmed, is the arrests
        if (best.subtype().equals("Armed clash") && !harmed && ActorRules.arrestRaid(t, st, at, en)) return ActorRules.RAID_ARRESTS;
        // "police arrested a suspect who was later killed in a crossfire": a killing in custody, not an arrest
        if (best.subtype().equals("Arrests") && ActorRules.killedAfterArrest(t, at, en)) return CIVILIANS_ATTACKED;
        // "militants entered the village and preached in the mosque": a show of presence, ACLED's "Other"
        if (best.subtype().equals("Change to group/activity") && ActorRules.preaching(t, st, en)) return ActorRules.PRESENCE;
        // events round 14: "destroyed an abandoned army truck", "blew up their own ammunition depot": materiel nobody fights
        // for is destroyed as property (ACLED), not taken in combat
        if (!harmed && DESTROYING.get(t.hash[at]) != 0 && ownOrAbandoned(t, at, en)) return MATERIEL_DESTROYED;
        // events round 16: "fighters stormed a relay station and destroyed its generator", "bandits raided a market and
        // carted away goods": a raid on a place that harms nobody and ends in destruction or looting is the destruction
        if (!harmed && PROPERTY_ASSAULT.get(t.hash[at]) != 0 && propertyRaid(t, at, en)) {
            Triggers.Trigger riot = unorganisedAttackers(t, st, at);
            return riot != null ? riot : PROPERTY_RAID;
        }
        // "residents torched a police post": unorganised destroyers riot (ACLED's mob violence)
        if (best.subtype().equals("Looting/property destruction")) {
            Triggers.Trigger riot = unorganisedAttackers(t, st, at);
            if (riot != null) return riot;
            // events round 17: "raiders attacked herders, killing two, and carted off their cattle", "made off with goats
            // after beating residents": people attacked as well as robbed code an attack on civilians (ACLED)
            if (oneSidedOnCivilians(t, st, en, at, harmed)) return CIVILIANS_ATTACKED;
            // "gang members burned houses and killed 10 residents": the killing, not the burning, codes the event
            if (killed != null && killed.low() > 0) {
                best = Triggers.KILL_FALLBACK;
                at = st;
            }
        }
        // events round 12: "border guards shot two men to death and seized 4,000 pills", "killed two militants and
        // arrested three": a killing told before the arrest or seizure codes the event, as it does before a burning
        if (best.type().equals(Triggers.SD) && (best.subtype().equals("Arrests") || best.subtype().equals("Disrupted weapons use"))
                && killed != null && killed.low() > 0) {
            int death = deathWordAt(t, st, en);
            // events round 17: "three men were arrested after a neighbour was killed": a killing in a clause opened by
            // "after" / "following" the arrest word happened first, and codes the event as well
            if (death >= 0 && (death < at || t.first(at + 1, death, Casualties.CAME_BEFORE) >= 0)) {
                best = Triggers.KILL_FALLBACK;
                at = st;
            }
        }
        // events round 12: "gunmen shot dead a police inspector", "a militiaman was found dead": ACLED codes a killing of
        // armed people (on duty, not former) as a battle, whoever's hand; of civilians it stays an attack
        if (best.type().equals(Triggers.VAC) && best.subtype().equals("Attack") && KILLING.contains(best.word())
                && armedVictims(t, st, at, en)) {
            return ARMED_VICTIMS;
        }
        // events round 17: "a robber fired at police officers and was shot dead", "a man who opened fire on deputies was
        // shot and killed": one killed after firing on a state force fell in an exchange of fire, an armed clash (ACLED)
        if (best.type().equals(Triggers.VAC) && best.subtype().equals("Attack") && passiveAt(t, st, at)
                && firedOnStateForce(t, st, at)) {
            return FIRED_ON_STATE;
        }
        // "police fired warning shots to disperse the protesters": force shown to a protest
        if (best.subtype().equals("Other") && best.word().startsWith("warning") && protestInSentence(t, st, en)) {
            return new Triggers.Trigger(Triggers.PROTESTS, "Protest with intervention", best.priority(), best.word());
        }
        // events round 16: "police killed a robber in a so-called crossfire": a fight told as a pretext, a killing of one
        // who did not fight (ACLED's extrajudicial killings)
        if (best == Triggers.KILL_FALLBACK && pretextFight(t, st, en)) return Triggers.KILL_CIVILIANS;
        boolean generic = best == Triggers.KILL_FALLBACK || best.type().equals(Triggers.BATTLES)
                && best.subtype().equals("Armed clash") && ONE_SIDED.get(t.hash[at]) != 0;
        // "persons set fire to a party office, amid unrest following anti-government demonstrations": demonstrations told
        // as the setting of an act are not the event; the act of people in such unrest is mob violence (ACLED)
        if (best.type().equals(Triggers.PROTESTS)) {
            int setting = backgroundProtest(t, st, at);
            if (setting == SETTING_UNARMED) return MOB_VIOLENCE;
            // "gunmen killed a trader, amid tension following protests": the armed act's deaths code it
            if (setting == SETTING_ARMED && killed != null && killed.low() > 0) {
                return refine(Triggers.KILL_FALLBACK, st, t, st, en, killed, injured, disruptedAt, placeCountry, countryOf);
            }
        }
        // "blocked roads and threw stones": stones thrown where people also protest are a violent demonstration
        if (best.type().equals(Triggers.RIOTS) && best.subtype().equals("Mob violence") && protestInSentence(t, st, at)) {
            return new Triggers.Trigger(Triggers.RIOTS, "Violent demonstration", best.priority(), best.word());
        }
        Triggers.Trigger grievance = grievanceOfProtest(best, t, st, at);
        if (grievance == null) grievance = grievanceBeforeProtest(best, t, st, at, en);
        if (grievance != null) return protestType(grievance, t, st, en, killed);
        if (protest(best, t, st, en)) return protestType(best, t, st, en, killed);
        if (best.type().equals(Triggers.ERV) && SUPPORT_FIRE.contains(best.subtype())
                && (battleWord(t, st, en) || groundAssault(t, st, en, at) || gunsAndGrenades(t, st, en))) {
            // ACLED: shelling or strikes in support of a battle are that battle, one event
            return CLASH_WITH_SUPPORT;
        }
        // events round 16: "supporters of two candidates clashed", "two factions of the ruling party clashed", "loyalists of
        // one councillor fired on followers of another": partisans fighting partisans are a mob, whatever they fight with
        if ((generic || best.type().equals(Triggers.BATTLES) && TWO_SIDED.get(t.hash[at]) != 0
                || best.type().equals(Triggers.VAC) && best.subtype().equals("Attack")) && partisansFight(t, st, en)) {
            return PARTISANS_FIGHT;
        }
        if (best.type().equals(Triggers.BATTLES) && TWO_SIDED.get(t.hash[at]) != 0) {
            Triggers.Trigger riot = unorganisedFight(t, st, en);
            if (riot != null) return riot;
        }
        boolean oneSidedKilling = generic || best.type().equals(Triggers.VAC) && best.subtype().equals("Attack")
                || best == Triggers.KILL_CIVILIANS;
        // "a farmer killed a herder in a dispute over crops": a private quarrel fought without arms is mob violence (ACLED)
        // (with no trigger, the death word is the verb: "a herder killed a farmer")
        int verbAt = best == Triggers.KILL_FALLBACK || best == Triggers.KILL_CIVILIANS ? deathWordAt(t, st, en) : at;
        if (oneSidedKilling && disputants(t, st, verbAt, en) && !armedInSentence(t, st, en)) return MOB_VIOLENCE;
        // "a gang member was shot dead by members of a rival gang": gangs fighting each other are armed groups in a clash
        if (oneSidedKilling && rivalGroup(t, st, en)) return RIVALS_CLASH;
        // "a group of youths attacked a police station", "villagers killed a suspected thief": unorganised attackers
        if (generic) {
            int verb = best != Triggers.KILL_FALLBACK ? at : victimsFrom(t, st, en) - 1; // "villagers killed a thief"
            Triggers.Trigger riot = unorganisedAttackers(t, st, verb);
            if (riot != null) return riot;
            // "a group of people attacked two officers, accusing them of ...": people punishing whom they accuse, a mob
            if (best != Triggers.KILL_FALLBACK && t.first(at + 1, en, ACCUSING) >= 0 && crowdActor(t, st, at)) return MOB_VIOLENCE;
            // "at least 30 people led by a local leader assaulted the council chairman": a crowd beating people, no arms
            if (best != Triggers.KILL_FALLBACK && BEATING.get(t.hash[at]) != 0 && crowdActor(t, st, at)) return MOB_VIOLENCE;
        }
        // "residents burned alive a suspected kidnapper", "villagers hacked to death ...": a crowd's killing; events
        // round 14: not "residents found the bodies of four men" (the finders are no killers)
        boolean found = Triggers.discovery(best);
        // events round 16: "Four Traders and Their Driver Shot Dead on Highway": a headline's participle with no object
        // follows its victims, not its attackers
        if (best.type().equals(Triggers.VAC) && best.subtype().equals("Attack") && !found && !headlinePassive(t, at, en)) {
            Triggers.Trigger riot = unorganisedAttackers(t, st, at);
            if (riot != null) return riot;
        }
        // "a man was beaten to death by villagers": a passive attack whose agent is a crowd
        if ((generic || best.type().equals(Triggers.VAC) && best.subtype().equals("Attack") && !found
                || best == Triggers.KILL_CIVILIANS) && unorganisedAgent(t, at, en)) {
            return MOB_VIOLENCE;
        }
        // "they were fired upon by two of the men": after a passive trigger comes its agent, not its victims
        boolean passive = passiveAt(t, st, at)
                // events round 12: "a man was tied up and brutally beaten by police officers": a be-verb further back
                // in the clause, and the agent after the verb
                || agentAfter(t, st, at, en);
        int victims = best == Triggers.KILL_FALLBACK ? victimsFrom(t, st, en) : passive ? -1 : at + 1;
        // "a joint patrol killed two men during an operation": plain men (no civilian word) killed by a state force
        // in an operation are no civilians by that alone
        boolean weak = best == Triggers.KILL_FALLBACK && victims >= 0 && !civilians(t, victims, en, false, true)
                && stateActor(t, st, victims);
        if (generic && victims >= 0 && !weak && civilianVictims(t, victims, en, true)) {
            return best == Triggers.KILL_FALLBACK ? Triggers.KILL_CIVILIANS : CIVILIANS_ATTACKED;
        }
        // "gunmen stormed a bar and opened fire": the target of another one-sided word of the sentence
        if (generic && best != Triggers.KILL_FALLBACK && !passive && otherOneSidedOnCivilians(t, st, en, at)) return CIVILIANS_ATTACKED;
        // "ADF rebels killed 11 villagers in an overnight attack": the civilian victims precede the attack word
        int before = generic && best != Triggers.KILL_FALLBACK ? victimsFrom(t, st, at) : -1;
        if (before >= 0 && civilianVictims(t, before, at, true)) return CIVILIANS_ATTACKED;
        // events round 17: "Sunday's church attack", "the market raid": a civilian place modifying the attack noun
        if (generic && best != Triggers.KILL_FALLBACK && at - 1 >= st && ATTACK_NOUN.get(t.hash[at]) != 0
                && t.in(at - 1, TokenWords.CIVILIAN_TARGET) && (t.gap[at] & ~Tokens.G_SPACE) == 0 && !negated(t, st, at)) {
            return CIVILIANS_ATTACKED;
        }
        // "A man was shot and killed", "two traders were attacked": the passive subject is the victim
        if (generic && best != Triggers.KILL_FALLBACK && passive && civilianVictims(t, passiveSubject(t, st, at), at, true)) {
            return CIVILIANS_ATTACKED;
        }
        // "a man was killed by unidentified gunmen", "a woman died in ...": deaths with no trigger whose subject is
        // plain people and no armed person are a one-sided killing
        if (best == Triggers.KILL_FALLBACK && plainPeopleDied(t, st, en)) return Triggers.KILL_CIVILIANS;
        // "2 people were killed in an attack by unknown gunmen": the plain people died before the attack word
        if (generic && best != Triggers.KILL_FALLBACK && plainPeopleDied(t, st, at)) return CIVILIANS_ATTACKED;
        return best;
    }

    /** Events round 16: a two-sided fight word after a pretext word in the sentence ("a staged encounter"). */
    private static boolean pretextFight(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (TWO_SIDED.get(t.hash[k]) != 0 && Triggers.pretext(t, k, st)) return true;
        return false;
    }

    /** Events round 16: assault words whose object may be a place ("stormed a site", "raided a market"). */
    private static final LongIntMap PROPERTY_ASSAULT = LongIntMap.words("attacked", "attack", "attacks", "raided", "raid",
            "raids", "stormed", "storm", "storms", "invaded", "invade");
    private static final Triggers.Trigger PROPERTY_RAID =
            new Triggers.Trigger(Triggers.SD, "Looting/property destruction", 45, "(a raid on property, nobody harmed)");

    /** A settlement named as an assault's object ("the town of X"): its people are attacked, not only property. */
    private static final LongIntMap SETTLEMENT = LongIntMap.words("town", "towns", "village", "villages", "city", "hamlet",
            "hamlets", "camp", "camps", "neighbourhood", "neighborhood", "settlement", "settlements");

    /**
     * The assault at {@code at} falls on a place, not on people or an armed side (its object, up to "and", a comma or
     * six words, names no person and no armed unit or post), and a destruction or looting word follows in the sentence.
     */
    private static boolean propertyRaid(Tokens t, int at, int en) {
        int j = at + 1;
        for (; j < Math.min(en, at + 7); j++) {
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_STOP)) != 0 || t.hash[j] == H_AND) break;
            if (t.has(j, Lexicon.PERSON | Lexicon.FORCE | Lexicon.NON_STATE) || t.in(j, TokenWords.MILITARY_PERSON)) return false;
            // review fix: "stormed the town of Bulo Burte", "attacked the village of Huwara": a settlement named is
            // assaulted with its people ("raided a village near X and burned granaries" stays a raid on property)
            if (SETTLEMENT.get(t.hash[j]) != 0 && j + 1 < en && t.hash[j + 1] == H_OF_W) return false;
        }
        int[] span = new int[1];
        for (; j < en; j++) {
            if (DESTROYING.get(t.hash[j]) != 0) return true;
            Triggers.Trigger tr = Triggers.at(t, j, en, span);
            if (tr != null && tr.subtype().equals("Looting/property destruction")) return true;
        }
        return false;
    }

    /** A be-verb one or two words before the trigger at {@code at}: "was killed", "were later shot". */
    static boolean passiveAt(Tokens t, int st, int at) {
        return at - 1 >= st && Casualties.isBe(t.hash[at - 1]) || at - 2 >= st && Casualties.isBe(t.hash[at - 2]);
    }

    private static final Triggers.Trigger TAKEN_BY_THE_STATE = new Triggers.Trigger(Triggers.SD, "Arrests", 45, "(taken away by a state force)");
    private static final Triggers.Trigger MATERIEL_DESTROYED =
            new Triggers.Trigger(Triggers.SD, "Looting/property destruction", 40, "(own or abandoned materiel destroyed)");
    private static final LongIntMap DESTROYING = LongIntMap.words("destroyed", "destroying", "destroys", "blew", "blown");
    private static final LongIntMap OWN_OR_ABANDONED = LongIntMap.words("abandoned", "own", "disused", "derelict");

    /** The object of the verb at {@code at}, up to 6 words and the clause's end, is abandoned or the actor's own. */
    private static boolean ownOrAbandoned(Tokens t, int at, int en) {
        for (int j = at + 1; j < Math.min(en, at + 7); j++) {
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_COLON)) != 0 || t.hash[j] == H_AND) return false;
            if (OWN_OR_ABANDONED.get(t.hash[j]) != 0) return true;
        }
        return false;
    }

    /** "was tied up and brutally beaten by police": "by" right after the verb and a be-verb up to six words before it. */
    private static boolean agentAfter(Tokens t, int st, int at, int en) {
        if (at + 1 >= en || t.hash[at + 1] != H_BY) return false;
        for (int j = at - 1; j >= Math.max(st, at - 6); j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (Casualties.isBe(t.hash[j])) return true;
        }
        return false;
    }

    /** Events round 12: killing words that say nothing of who was killed (executions, torture, rape do). */
    private static final java.util.Set<String> KILLING = java.util.Set.of("shot dead", "found dead", "gunned down",
            "gun down", "guns down", "gunning down", "shoot ... dead", "body ... found", "bodies ... found",
            "found ... body", "found ... bodies", "murdered", "murder");
    /** Events round 16: armed gangs and their heads, victims an armed side fights (ACLED's battles with gangs). */
    private static final LongIntMap GANG = LongIntMap.words("gang", "gangs", "cartel", "cartels", "kingpin", "kingpins",
            "warlord", "warlords", "gangster", "gangsters");
    private static final Triggers.Trigger ARMED_VICTIMS =
            new Triggers.Trigger(Triggers.BATTLES, "Armed clash", 58, "(armed people killed)");

    /**
     * The victims of the killing word at {@code at} are armed people: the passive subject before it ("a soldier was
     * found dead", "a member of the National Defence Forces was found dead") or the object after it ("shot dead two
     * policemen"), up to a preposition or comma, with an armed person and no civilian named.
     */
    private static boolean armedVictims(Tokens t, int st, int at, int en) {
        boolean passive = passiveAt(t, st, at);
        int from, to;
        if (passive) {
            from = passiveSubject(t, st, at);
            to = at;
        } else {
            from = at + 1;
            if (from < en && (t.hash[from] == H_DEAD || t.hash[from] == H_DOWN)) from++;
            to = from;
            while (to < Math.min(en, from + 8) && (t.gap[to] & (Tokens.G_COMMA | Tokens.G_COLON)) == 0
                    && !(to > from && t.in(to, TokenWords.VICTIM_END) && !suspectedBefore(t, to, en))) to++;
        }
        boolean armed = false, gang = false;
        for (int k = from; k < to; k++) {
            if (t.hash[k] == H_BY) break; // "... was shot dead by soldiers": the agent
            if (t.in(k, TokenWords.MILITARY_PERSON) && !t.in(k, TokenWords.LEADER)) armed = true;
            // events round 16: "a gang leader", "a cartel boss", "a warlord": a member or head of an armed gang, fighting
            // the state's forces named in the sentence ("a gang leader was found dead" stays a killing)
            else if (GANG.get(t.hash[k]) != 0) gang = true;
            // "a police officer and his son": an unarmed person among the victims makes it an attack
            else if (KIN.get(t.hash[k]) != 0) return false;
        }
        if (!armed && gang) armed = stateForceActs(t, st, en);
        return armed && !civilians(t, from, to, true, true) && !formerOrOffDuty(t, from, to, en);
    }

    /** A state force named in the sentence as more than a source: "soldiers", but not "police said" (review fix). */
    private static boolean stateForceActs(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (GOVERNMENT.get(t.hash[k]) != 0 && !(k + 1 < en && t.has(k + 1, Lexicon.CLAIM | Lexicon.SPEECH))) return true;
        }
        return false;
    }

    private static final long H_SUSPECTED = LongIntMap.h("suspected");

    /** Events round 16: "a suspected gang leader": "suspected" before its noun, not "herders suspected of aiding rebels". */
    private static boolean suspectedBefore(Tokens t, int k, int en) {
        return t.hash[k] == H_SUSPECTED && !(k + 1 < en && t.hash[k + 1] == H_OF);
    }

    private static boolean formerOrOffDuty(Tokens t, int from, int to, int en) {
        for (int k = from; k < to; k++) {
            if (FORMER.get(t.hash[k]) != 0 || t.in(k, TokenWords.MILITARY_PERSON) && ActorRules.offDuty(t, from, k, en)) return true;
        }
        return false;
    }

    private static final long H_DEAD = LongIntMap.h("dead"), H_DOWN = LongIntMap.h("down"), H_DEATH = LongIntMap.h("death"),
            H_TO_W = LongIntMap.h("to");
    /** Kin killed with an armed person are civilians: "a police officer and his son". */
    private static final LongIntMap KIN = LongIntMap.words("son", "sons", "daughter", "daughters", "wife", "husband",
            "child", "children", "brother", "brothers", "sister", "sisters", "father", "mother", "family", "relatives",
            "nephew", "cousin", "driver");

    /** Attack words of hands and sticks rather than arms. */
    private static final LongIntMap BEATING = LongIntMap.words("assaulted", "assaulting", "assault", "beat", "beaten",
            "beating", "lynched", "thrashed");
    private static final LongIntMap ACCUSING = LongIntMap.words("accusing", "accused", "suspecting", "blaming");
    /** People named by no trade or arms: "a group of people", "a crowd", "some individuals". */
    private static final LongIntMap CROWD = LongIntMap.words("people", "group", "persons", "individuals", "crowd");

    /** The attackers before the verb at {@code at}, in its clause, are a crowd of people and no armed person is among them. */
    private static boolean crowdActor(Tokens t, int st, int at) {
        boolean crowd = false, armed = false;
        for (int j = at - 1; j >= st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
            // "people led by a local commander": who leads the crowd is not among its hands
            if (LED.get(t.hash[j]) != 0) armed = false;
            if (armedPerson(t, j) || ActorRules.firearms(t.hash[j])) armed = true;
            crowd |= CROWD.get(t.hash[j]) != 0;
        }
        return crowd && !armed;
    }

    private static final LongIntMap LED = LongIntMap.words("led", "headed");

    /** A quarrel between people: "in a dispute over land", "during an argument", "a quarrel between neighbours". */
    private static final LongIntMap DISPUTE = LongIntMap.words("dispute", "disputes", "quarrel", "quarrels", "quarrelled",
            "quarreled", "argument", "arguments", "altercation", "altercations");
    private static final Triggers.Trigger RIVALS_CLASH =
            new Triggers.Trigger(Triggers.BATTLES, "Armed clash", 55, "(rival armed groups)");
    /** Armed groups that have rivals: "a rival gang", "rival factions", "members of a rival cartel". */
    private static final LongIntMap RIVAL_GROUP = LongIntMap.words("gang", "gangs", "faction", "factions", "cartel", "cartels",
            "gangsters");
    private static final long H_RIVAL = LongIntMap.h("rival");

    private static final long H_BETWEEN = LongIntMap.h("between");

    /** The first death word of the sentence, or -1. */
    private static int deathWordAt(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (t.has(k, Lexicon.KILL)) return k;
        return -1;
    }

    /**
     * A dispute word in the sentence and both sides of the quarrel named: "a dispute between two families", "a farmer
     * killed a herder in a dispute", "were stabbed by relatives during a quarrel". A victim of an unknown hand ("a man
     * was stabbed during an argument") stays an attack.
     */
    private static boolean disputants(Tokens t, int st, int at, int en) {
        int d = t.first(st, en, DISPUTE);
        if (d < 0) return false;
        if (d + 1 < en && t.hash[d + 1] == H_BETWEEN) return true;
        boolean passive = passiveAt(t, st, at);
        if (passive) {
            int by = t.first(at + 1, Math.min(en, at + 4), BY_AGENT);
            return by >= 0 && (by + 1 < en && namedPeople(t, by + 1) || by + 2 < en && namedPeople(t, by + 2));
        }
        for (int j = at - 1; j >= st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (namedPeople(t, j)) return true;
        }
        return false;
    }

    private static final LongIntMap BY_AGENT = LongIntMap.words("by");

    private static boolean namedPeople(Tokens t, int k) {
        return t.has(k, Lexicon.PERSON | Lexicon.CIVILIAN) || RIOTER.get(t.hash[k]) != 0;
    }

    /** "rival gang members", "a rival faction", "members of a rival cartel": a rival armed group named in the sentence. */
    private static boolean rivalGroup(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (t.hash[k] == H_RIVAL && t.wordAfter(k, en, 2, RIVAL_GROUP)) return true;
        }
        return false;
    }

    /** An armed person or a firearm anywhere in the sentence, not the source of the report ("..., police said"). */
    private static boolean armedInSentence(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (k + 1 < en && source(t, k, en)) continue;
            if (armedPerson(t, k) || ActorRules.firearms(t.hash[k]) || GUNS.get(t.hash[k]) != 0 || stateForces(t, k, en)) {
                return true;
            }
        }
        return false;
    }

    /** Another one-sided attack word of the sentence than the trigger's, not negated, whose object is civilians. */
    private static boolean otherOneSidedOnCivilians(Tokens t, int st, int en, int at) {
        return oneSidedOnCivilians(t, st, en, at, true);
    }

    /**
     * Another one-sided attack word of the sentence than the trigger's, not negated, whose object is civilians: civilian
     * people, or with {@code targets} also civilian places and plain people ("attacked the village", "3 men").
     */
    private static boolean oneSidedOnCivilians(Tokens t, int st, int en, int at, boolean targets) {
        for (int j = st; j < en; j++) {
            if (j == at || ONE_SIDED.get(t.hash[j]) == 0 || negated(t, st, j)) continue;
            if (j - 1 >= st && Casualties.isBe(t.hash[j - 1])) continue;
            if (civilianVictims(t, j + 1, en, targets)) return true;
        }
        return false;
    }

    /** Attack words that are nouns: a noun before them may name the target ("a church attack"). */
    private static final LongIntMap ATTACK_NOUN = LongIntMap.words("attack", "attacks", "raid", "raids", "assault", "ambush");
    private static final Triggers.Trigger FIRED_ON_STATE =
            new Triggers.Trigger(Triggers.BATTLES, "Armed clash", 58, "(killed after firing on a state force)");
    /** Firing at a target: "fired at", "opened fire on", "shot at". */
    private static final LongIntMap FIRED_AT = LongIntMap.words("fired", "firing", "opened", "shot", "shooting");
    private static final LongIntMap AT_OR_ON = LongIntMap.words("at", "on", "upon");
    /** How far after the fire word its target may stand ("opened fire on sheriff's deputies"). */
    private static final int FIRE_TARGET_WINDOW = 5;

    /**
     * Events round 17. Before the killing word at {@code at}, a fire word with "at" / "on" after it and then, within
     * {@link #FIRE_TARGET_WINDOW} tokens and no comma, a state force (police, soldiers, deputies, security forces).
     */
    private static boolean firedOnStateForce(Tokens t, int st, int at) {
        for (int j = st; j < at; j++) {
            if (FIRED_AT.get(t.hash[j]) == 0 || negated(t, st, j)) continue;
            int to = Math.min(at, j + 1 + FIRE_TARGET_WINDOW);
            boolean aimed = false;
            for (int k = j + 1; k < to; k++) {
                if (k > j + 1 && (t.gap[k] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
                if (AT_OR_ON.get(t.hash[k]) != 0) aimed = true;
                else if (aimed && (POLICE.get(t.hash[k]) != 0 || t.in(k, TokenWords.MILITARY_PERSON) || stateForces(t, k, to))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> SUPPORT_FIRE = java.util.Set.of("Shelling/artillery/missile attack",
            "Air/drone strike", "Grenade");
    private static final Triggers.Trigger CLASH_WITH_SUPPORT =
            new Triggers.Trigger(Triggers.BATTLES, "Armed clash", 60, "(clash with fire in support)");

    private static final Triggers.Trigger ABDUCTED =
            new Triggers.Trigger(Triggers.VAC, "Abduction/forced disappearance", 75, "(people taken by an armed group)");
    /** Groups that rule where they are and whose detentions ACLED codes as arrests. */
    private static final LongIntMap DE_FACTO_AUTHORITY = LongIntMap.words("taliban", "houthi", "houthis", "hamas", "hts");

    /** The actor before the trigger in its clause is a non-state armed group that rules nowhere: "bandits", "gunmen". */
    private static boolean armedGroupActor(Tokens t, int st, int at) {
        // "an insurgent facilitator was detained": the subject of a passive is the one taken
        if (passiveAt(t, st, at)) return false;
        // "two suspected insurgents detained, yesterday": no object after the verb, so the ones before it were taken
        int o = at + 1;
        if (o >= t.n || (t.gap[o] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_PERIOD | Tokens.G_STOP)) != 0
                || !(Numbers.isNumberToken(t, o) || t.has(o, Lexicon.DETERMINER | Lexicon.PERSON | Lexicon.CIVILIAN))) {
            return false;
        }
        for (int j = at - 1; j >= st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            long h = t.hash[j];
            // "the force killed two insurgents and detained ...": the insurgents are the object of another verb
            // "... killed two insurgents and detained ...": after "and" comes the object of another verb, not the actor
            if (t.has(j, Lexicon.KILL | Lexicon.INJURE) || h == H_FORCE || h == H_PATROL || h == H_AND) return false;
            if (DE_FACTO_AUTHORITY.get(h) != 0 || GOVERNMENT.get(h) != 0 || POLICE.get(h) != 0) return false;
            if (Lexicon.has(h, Lexicon.NON_STATE)) return true;
        }
        return false;
    }

    private static final Triggers.Trigger NON_VIOLENT_TRANSFER =
            new Triggers.Trigger(Triggers.SD, "Non-violent transfer of territory", 70, "(territory taken unopposed)");
    /** What a takeover without fighting is told with: "without resistance", "unopposed", "peacefully". */
    private static final LongIntMap UNOPPOSED = LongIntMap.words("unopposed", "peacefully", "uncontested", "bloodless");
    private static final LongIntMap RESISTANCE = LongIntMap.words("resistance", "fight", "fighting", "clashes", "shot",
            "bloodshed", "opposition", "combat", "battle");
    private static final long H_WITHOUT = LongIntMap.h("without");

    private static final LongIntMap NEUTRALISE = LongIntMap.words("neutralized", "neutralised", "neutralizing",
            "neutralising");
    private static final Triggers.Trigger FIGHTERS_NEUTRALISED =
            new Triggers.Trigger(Triggers.BATTLES, "Armed clash", Triggers.RESULT, "(people neutralised)");

    /**
     * The one neutralised is a person: the passive subject in the clause before ("ten assailants were neutralized")
     * or the object after ("neutralised two attackers"); a munition ("neutralised an IED") is not.
     */
    private static boolean peopleNeutralised(Tokens t, int st, int at, int en) {
        for (int j = at + 1; j < Math.min(en, at + 5); j++) {
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
            if (t.has(j, Lexicon.PERSON)) return true;
            if (t.has(j, Lexicon.THING)) return false;
        }
        boolean passive = passiveAt(t, st, at);
        if (!passive) return false;
        for (int j = at - 1; j >= Math.max(st, at - 5); j--) {
            if (t.has(j, Lexicon.PERSON)) return true;
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
        }
        return false;
    }

    /** "without (a / any) resistance", "unopposed" after the territory word, in its sentence (up to 16 tokens on). */
    private static boolean unopposed(Tokens t, int at, int en) {
        for (int j = at + 1; j < Math.min(en, at + 17); j++) {
            if (UNOPPOSED.get(t.hash[j]) != 0) return true;
            if (t.hash[j] != H_WITHOUT) continue;
            for (int m = j + 1; m < Math.min(en, j + 4); m++) if (RESISTANCE.get(t.hash[m]) != 0) return true;
        }
        return false;
    }

    /** Attack words that tell a ground assault when a military target follows: "attacked a junta outpost". */
    private static final LongIntMap ASSAULT = LongIntMap.words("attack", "attacks", "attacked", "attacking", "raid", "raided",
            "ambushed", "ambush", "stormed", "assaulted", "assault", "advance", "advanced", "advancing", "offensive",
            "overran", "repelled", "repulsed");
    /** Military targets of a ground assault. */
    private static final LongIntMap MILITARY_TARGET = LongIntMap.words("outpost", "outposts", "positions", "position", "base",
            "bases", "camp", "checkpoint", "checkpoints", "check", "post", "posts", "garrison", "barracks", "troops", "soldiers",
            "forces", "convoy", "patrol", "defences", "defenses", "lines", "trenches", "units");

    /**
     * A ground assault on a military target in the sentence, not negated: "PDF fighters attacked a junta outpost; the
     * military responded with airstrikes" is one battle with fire in support (ACLED's one-event rule). {@code strike}:
     * the strike's own trigger token.
     */
    private static boolean groundAssault(Tokens t, int st, int en, int strike) {
        for (int k = st; k < en; k++) {
            // "a drone attack on positions" is the strike itself
            if (ASSAULT.get(t.hash[k]) == 0 || negated(t, st, k) || k == strike || k - 1 == strike) continue;
            for (int j = k + 1; j < Math.min(en, k + 6); j++) {
                if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
                // events round 15: "the army, with the helicopters of a private company, attacked militants": ground
                // forces assaulting an armed group, the aircraft in support
                if (MILITARY_TARGET.get(t.hash[j]) != 0 || t.wordIs(j, Lexicon.NON_STATE) && groundForceBefore(t, st, k)) {
                    return !meansOfAssault(t, k, strike, en);
                }
                // "advance on government positions", "attack against army posts": the target follows
                if (TARGET_PREPOSITION.get(t.hash[j]) != 0) continue;
                if (Lexicon.has(t.hash[j], Lexicon.LOCATIVE) || t.hash[j] == H_WITH) break;
            }
        }
        return false;
    }

    /** Events round 15: ground forces (soldiers, troops, the army) named before the assault word at k. */
    private static boolean groundForceBefore(Tokens t, int st, int k) {
        for (int j = st; j < k; j++) if (t.in(j, TokenWords.MILITARY_PERSON)) return true;
        return false;
    }

    /**
     * The sentence's event is an armed clash told by two sides firing ("soldiers arrived and exchanged fire with the
     * assailants"): after an attack on civilians in the sentences before, the attack became a battle (ACLED).
     */
    static boolean exchangeOfFire(Triggers.Trigger typed, Tokens t, int st, int en) {
        return typed.type().equals(Triggers.BATTLES) && typed.subtype().equals("Armed clash") && battleWord(t, st, en);
    }

    private static final LongIntMap ONE_PERSON = LongIntMap.words("he", "she");

    /** "He was arrested in connection with ...": the sentence opens with a pronoun of one person and a form of "be". */
    static boolean pronounSubject(Tokens t, int st, int en) {
        return st + 1 < en && ONE_PERSON.get(t.hash[st]) != 0 && Casualties.isBe(t.hash[st + 1]);
    }

    private static final LongIntMap GRENADE = LongIntMap.words("grenade", "grenades", "rpg", "rpgs");
    /** Guns fired: with grenades against an armed side they make a firefight ("rifles and grenades", "opened fire"). */
    private static final LongIntMap GUNS = LongIntMap.words("guns", "gun", "rifles", "rifle", "firearms", "firearm",
            "gunfire", "gunshots", "pistols", "kalashnikovs", "ak", "opened", "bullets");
    /** Throwing or firing at a target: after it, the target. */
    private static final LongIntMap AT_TARGET = LongIntMap.words("attacked", "attack", "attacking", "fired", "firing",
            "opened", "hurled", "threw", "lobbed", "stormed", "ambushed");

    /**
     * "attacked a police patrol with grenades and firearms", "fired rifles and rocket-propelled grenades at a police
     * post": grenades and guns together against an armed side are an armed clash (ACLED), not a grenade attack; a
     * grenade alone ("threw a grenade at a police vehicle") stays one.
     */
    private static boolean gunsAndGrenades(Tokens t, int st, int en) {
        if (t.first(st, en, GRENADE) < 0 || t.first(st, en, GUNS) < 0) return false;
        int verb = t.first(st, en, AT_TARGET);
        if (verb < 0) return false;
        for (int k = verb + 1; k < en; k++) {
            if (k + 1 < en && source(t, k, en)) continue;
            if (MILITARY_TARGET.get(t.hash[k]) != 0 || POLICE.get(t.hash[k]) != 0 || stateForces(t, k, en)) return true;
        }
        return false;
    }

    private static final long H_WITH = LongIntMap.h("with");
    private static final LongIntMap MEANS = LongIntMap.words("with", "using", "by");
    /** After a weapon: the fire supports a ground assault ("with artillery support", "under air cover"). */
    private static final LongIntMap SUPPORT = LongIntMap.words("support", "cover", "backing");

    /**
     * "attacked Ukrainian positions with artillery": the strike is the means of the attack in its clause, so the
     * attack is the strike; "with artillery support" and "...; the military responded with airstrikes" are not.
     */
    private static boolean meansOfAssault(Tokens t, int assault, int strike, int en) {
        if (strike <= assault) return false;
        for (int j = assault + 1; j <= strike; j++) if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
        boolean means = false;
        for (int j = strike; j >= Math.max(assault + 1, strike - 3); j--) means |= MEANS.get(t.hash[j]) != 0;
        for (int j = strike + 1; j < Math.min(en, strike + 3); j++) if (SUPPORT.get(t.hash[j]) != 0) return false;
        return means;
    }
    private static final LongIntMap TARGET_PREPOSITION = LongIntMap.words("on", "at", "against", "towards", "toward");

    /**
     * The first death word of the sentence has plain people as its subject and no armed person is named before it:
     * "a man was killed by unidentified gunmen", "a woman died", "two traders were found dead".
     */
    private static boolean plainPeopleDied(Tokens t, int st, int en) {
        for (int k = st + 1; k < en; k++) {
            if (!t.has(k, Lexicon.KILL)) continue;
            boolean passive = Casualties.isBe(t.hash[k - 1]) || k - 2 >= st && Casualties.isBe(t.hash[k - 2]);
            boolean intransitive = INTRANSITIVE_DEATH.get(t.hash[k]) != 0;
            if (!passive && !intransitive) return false;
            int subject = passiveSubject(t, st, k);
            return civilianVictims(t, subject, passive ? k - 1 : k, true);
        }
        return false;
    }

    private static final LongIntMap INTRANSITIVE_DEATH = LongIntMap.words("died", "dies", "perished");

    /**
     * A two-sided battle word of the sentence, not negated: "clashed ... supported by artillery". Two sides exchanging
     * artillery, mortars or rockets fight a battle too (ACLED's coding of real notes; events round 6 had made it shelling).
     */
    private static boolean battleWord(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) {
            if (TWO_SIDED.get(t.hash[k]) != 0 && !negated(t, st, k)) return true;
        }
        return false;
    }

    private static final Triggers.Trigger MOB_VIOLENCE = new Triggers.Trigger(Triggers.RIOTS, "Mob violence", 60, "(groups fight)");
    private static final Triggers.Trigger VIOLENT_DEMONSTRATION =
            new Triggers.Trigger(Triggers.RIOTS, "Violent demonstration", 60, "(groups fight the police)");

    /**
     * ACLED: unorganised groups (party supporters, youths, villagers) fighting each other are mob violence, fighting
     * the police a violent demonstration; an armed group or a military force named makes it a battle. Null: a battle.
     */
    private static Triggers.Trigger unorganisedFight(Tokens t, int st, int en) {
        boolean rioters = false, police = false, reciprocal = false, clan = false;
        for (int k = st; k < en; k++) {
            long h = t.hash[k];
            if (k + 1 < en && t.has(k + 1, Lexicon.CLAIM | Lexicon.SPEECH)) continue; // "..., police said"
            // events round 12: "CNL and Imbonerakure members fought one another", "dozens of men clashed with police":
            // two sides named as fighting each other, or a crowd by its size, with no arms, are unorganised
            if (k + 1 < en && (h == H_EACH && t.hash[k + 1] == H_OTHER || h == H_ONE && t.hash[k + 1] == H_ANOTHER)) reciprocal = true;
            if (CROWD_SIZE.get(h) != 0 && k + 2 < en && t.hash[k + 1] == H_OF_W && crowdOfPeople(t, k + 2, en)) rioters = true;
            // "Israeli Police forces", "the police force": the police, not an army
            if ((h == H_FORCES || h == H_FORCE) && k - 1 >= st && POLICE.get(t.hash[k - 1]) != 0) continue;
            if (CLAN.get(h) != 0) clan = true;
            if (POLICE.get(h) != 0) police = true;
            // "youths clashed with the security forces": a state's forces facing a crowd are its police (ACLED: a riot)
            else if (stateForces(t, k, en)) {
                police = true;
                k++; // the force word itself
            }
            // "armed herders and farmers clashed": armed people fight a battle
            // "residents of two villages exchanged fire": shots fired are arms, whoever fires them
            else if (armedPerson(t, k) || ActorRules.firearms(h) || h == H_FIRE && t.wordBefore(k, st, 2, FIRE_VERB)) return null;
            // "farmers and herders fought with sticks": a fight with no arms is a mob's, whoever fights
            else if (RIOTER.get(h) != 0 || COMMUNAL.get(h) != 0 || ActorRules.crudeWeapon(h)) rioters = true;
        }
        rioters |= reciprocal && !clan;
        return !rioters ? null : police ? VIOLENT_DEMONSTRATION : MOB_VIOLENCE;
    }

    /** Events round 16: the followers of a party or a candidate; "factions" names two sides by itself. */
    private static final LongIntMap PARTISAN = LongIntMap.words("supporters", "supporter", "activists", "activist", "cadres",
            "partisans", "loyalists", "followers", "faction", "factions");
    private static final long H_FACTIONS = LongIntMap.h("factions");
    private static final Triggers.Trigger PARTISANS_FIGHT = new Triggers.Trigger(Triggers.RIOTS, "Mob violence", 60, "(partisans fight)");

    /**
     * Two partisan sides in the sentence (two partisan words, or "factions") and no armed group or state force: supporters of rival
     * candidates or factions of one party fighting, as ACLED codes it (mob violence, not a battle or an attack).
     */
    private static boolean partisansFight(Tokens t, int st, int en) {
        int sides = 0;
        for (int k = st; k < en; k++) {
            long h = t.hash[k];
            if (PARTISAN.get(h) != 0) sides += h == H_FACTIONS ? 2 : 1;
            // review fix: a state force in the sentence ("soldiers shot two activists", "two factions of the army",
            // "police fired on supporters") is no fight among partisans
            // (not every armed word: "a committee post" is no military post)
            else if (t.has(k, Lexicon.NON_STATE) || GOVERNMENT.get(h) != 0) return false;
        }
        return sides >= 2;
    }

    /** "dozens of men", "hundreds of Hasidic (Haredi) men": a person noun within three words, none of them armed. */
    private static boolean crowdOfPeople(Tokens t, int from, int en) {
        for (int m = from; m < Math.min(en, from + 4); m++) {
            if (armedPerson(t, m)) return false;
            if (t.has(m, Lexicon.PERSON)) return true;
        }
        return false;
    }

    private static final long H_FORCES = LongIntMap.h("forces");
    private static final long H_EACH = LongIntMap.h("each"), H_OTHER = LongIntMap.h("other"), H_ONE = LongIntMap.h("one"),
            H_ANOTHER = LongIntMap.h("another"), H_OF_W = LongIntMap.h("of");
    /** A crowd told by its size: "dozens of men", "hundreds of people". */
    private static final LongIntMap CROWD_SIZE = LongIntMap.words("dozens", "hundreds", "scores", "tens", "thousands");
    /** Clans and tribes fight with arms as militias (ACLED: Somali, Sudanese clan fighting is a battle). */
    private static final LongIntMap CLAN = LongIntMap.words("clan", "clans", "tribe", "tribes", "tribal", "subclan", "subclans");

    private static final LongIntMap FIRE_VERB = LongIntMap.words("exchanged", "traded", "exchange", "opened", "exchanging",
            "trading");
    private static final long H_SECURITY = LongIntMap.h("security");

    /** "security forces", "security personnel": a state's forces by the word before them (k: "security"). */
    private static boolean stateForces(Tokens t, int k, int en) {
        return t.hash[k] == H_SECURITY && k + 1 < en && GOVERNMENT.get(t.hash[k + 1]) != 0 || t.hash[k] == H_SECURITY
                && k + 1 < en && t.hash[k + 1] == H_PERSONNEL;
    }

    private static final long H_PERSONNEL = LongIntMap.h("personnel");

    /** An armed person or group: a force, an armed group, partisans who are no party's ("partisans of the UDPS"). */
    private static boolean armedPerson(Tokens t, int k) {
        return t.in(k, TokenWords.MILITARY_PERSON) || t.wordIs(k, Lexicon.NON_STATE) || ActorRules.armedPartisans(t, k)
                // "armed youth killed a policeman", "armed villagers": people said to be armed fight as an armed group
                || t.hash[k] == H_ARMED && k + 1 < t.n && (RIOTER.get(t.hash[k + 1]) != 0 || t.has(k + 1, Lexicon.PERSON));
    }

    private static final long H_ARMED = LongIntMap.h("armed");

    /**
     * The actor of an attack told before its word at {@code at}, in its clause: unorganised people (youths,
     * residents, villagers) and no armed group are rioters, ACLED's mob violence (a violent demonstration when
     * they are protesters). Null: armed or unknown attackers.
     */
    private static Triggers.Trigger unorganisedAttackers(Tokens t, int st, int at) {
        if (at < 0) return null;
        // "two miners were attacked": the subject of a passive is the victim, not the attacker
        if (passiveAt(t, st, at)) return null;
        boolean rioters = false, protesters = false;
        for (int j = at - 1; j >= st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
            long h = t.hash[j];
            if (armedPerson(t, j)) return null;
            if (Lexicon.has(h, Lexicon.LOCATIVE) || t.has(j, Lexicon.CLAIM | Lexicon.SPEECH)) break;
            if (t.has(j, Lexicon.PROTESTER)) protesters = true;
            else if (RIOTER.get(h) != 0 || h == H_MOB) rioters = true;
        }
        return protesters ? VIOLENT_DEMONSTRATION : rioters ? MOB_VIOLENCE : null;
    }

    /**
     * Events round 16. The killing word at {@code at} ("shot dead", "killed", "gunned down") has no object: the sentence
     * ends after it or a preposition follows, so the words before it are its victims, as in a headline's reduced passive.
     */
    private static boolean headlinePassive(Tokens t, int at, int en) {
        int j = at + 1;
        if (j < en && (t.hash[j] == H_DEAD || t.hash[j] == H_DOWN) && (t.gap[j] & ~Tokens.G_SPACE) == 0) j++;
        return j >= en || (t.gap[j] & (Tokens.G_COMMA | Tokens.G_STOP | Tokens.G_COLON)) != 0 || t.has(j, Lexicon.LOCATIVE)
                || t.in(j, TokenWords.VICTIM_END) || t.hash[j] == H_BY;
    }

    /** "... by villagers", "by an angry mob": the agent after "by" in the clause after {@code at} is unorganised. */
    private static boolean unorganisedAgent(Tokens t, int at, int en) {
        for (int j = at + 1; j < Math.min(en, at + 8); j++) {
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.hash[j] != H_BY) continue;
            for (int m = j + 1; m < Math.min(en, j + 5); m++) {
                long h = t.hash[m];
                if (armedPerson(t, m)) return false;
                if (RIOTER.get(h) != 0 || h == H_MOB) return true;
                if (Lexicon.has(h, Lexicon.LOCATIVE)) return false;
            }
            return false;
        }
        return false;
    }

    /**
     * Where the subject of a passive verb at {@code at} starts: "the patrol saw four men who had been shot" has
     * "four men", the words before a relative pronoun; else the clause start.
     */
    private static int passiveSubject(Tokens t, int st, int at) {
        for (int j = at - 1; j > st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return j + 1;
            if (RELATIVE.get(t.hash[j]) != 0) return Math.max(st, j - 4);
        }
        return st;
    }

    /** A state force named before {@code end} in the sentence: "a joint patrol", "security forces", "the army". */
    /** The agent phrase after "by" at {@code by} names a state force ({@link Triggers#agentEnd}). */
    private static boolean byState(Tokens t, int by, int en) {
        int end = Triggers.agentEnd(t, by, en);
        return end > 0 && stateActor(t, by + 1, end);
    }

    static boolean stateActor(Tokens t, int st, int end) {
        for (int j = st; j < end; j++) if (GOVERNMENT.get(t.hash[j]) != 0 || t.hash[j] == H_PATROL || t.hash[j] == H_FORCE) return true;
        return false;
    }

    private static final long H_PATROL = LongIntMap.h("patrol"), H_FORCE = LongIntMap.h("force"), H_AND = LongIntMap.h("and");
    private static final LongIntMap RELATIVE = LongIntMap.words("who", "which", "whom");

    private static final LongIntMap COUNT_QUALIFIER = LongIntMap.words("at", "least", "more", "than", "about", "around",
            "nearly", "almost", "some", "over", "up", "to", "roughly", "approximately");

    /** Deaths without a trigger: the victims follow an active kill word ("RSF fighters killed 7 civilians"), else -1. */
    private static int victimsFrom(Tokens t, int st, int en) {
        for (int k = st + 1; k < en; k++) {
            if (!t.has(k, Lexicon.KILL | Lexicon.INJURE)) continue;
            boolean passive = k - 1 >= st && Casualties.isBe(t.hash[k - 1]) || k - 2 >= st && Casualties.isBe(t.hash[k - 2]);
            // events round 12: "shot two cattle traders to death", "shot a man dead": the victims stand between the
            // verb and the death word
            int end = t.hash[k] == H_DEATH && k - 1 > st && t.hash[k - 1] == H_TO_W ? k - 1 : t.hash[k] == H_DEAD ? k : -1;
            for (int j = end - 1; end > 0 && !passive && j >= Math.max(st + 1, end - 5); j--) {
                if (Casualties.isBe(t.hash[j])) break;
                if ((Numbers.isNumberToken(t, j) || t.has(j, Lexicon.DETERMINER)) && t.has(end - 1, Lexicon.PERSON)) return j;
            }
            // an object right after the verb ("killed 7 civilians", "killed a village chief"); "Ten killed in ..." has none
            // "5 activists dead, one policeman injured": after a comma comes another clause, no object
            // "killed at least 12 people": the qualifier belongs to the object
            int o = k + 1;
            while (o < en && o < k + 4 && COUNT_QUALIFIER.get(t.hash[o]) != 0 && (t.gap[o] & (Tokens.G_COMMA | Tokens.G_COLON)) == 0) o++;
            boolean object = o < en && (t.gap[k + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) == 0
                    && (Numbers.isNumberToken(t, o)
                    || t.has(o, Lexicon.DETERMINER | Lexicon.PERSON | Lexicon.CIVILIAN));
            return passive || !object ? -1 : o;
        }
        return -1;
    }

    /**
     * Civilians named in [from, en) and no armed person or military target. {@code targets}: civilian places
     * and plain people ("the village", "3 men") count too, as they do as the object of an attack; a sentence
     * with deaths and no trigger needs civilians named as such.
     */
    static boolean civilianVictims(Tokens t, int from, int en, boolean targets) {
        return civilians(t, from, en, targets, targets);
    }

    /** {@code phrase}: the victims are one noun phrase, ended by a preposition after its noun. */
    private static boolean civilians(Tokens t, int from, int en, boolean targets, boolean phrase) {
        boolean civ = false, noun = false;
        for (int k = from; k < en; k++) {
            long h = t.hash[k];
            // "killed 2 civilians at a checkpoint", "killed a villager on suspicion of being a police informer": the
            // object ends at a preposition after its noun; where it happened or why is no victim
            if (phrase && noun && t.in(k, TokenWords.VICTIM_END)) break;
            // "dozens of civilians were killed by RSF fighters": the agent of a passive death is no victim
            if (h == H_BY && k - 1 >= from && t.has(k - 1, Lexicon.KILL | Lexicon.INJURE)) break;
            // "..., police said": the source of the report is no party to it
            if (k + 1 < en && source(t, k, en)) continue;
            // "a social leader", "community leaders", "two former soldiers": civilians by their role
            boolean military = t.in(k, TokenWords.MILITARY_PERSON);
            boolean civic = k - 1 >= from && (t.in(k, TokenWords.LEADER) && CIVIC.get(t.hash[k - 1]) != 0
                    || military && FORMER.get(t.hash[k - 1]) != 0)
                    || military && ActorRules.offDuty(t, from, k, en);
            if ((military || t.wordIs(k, Lexicon.NON_STATE)) && !civic) return false;
            // "raided a militant base beside a village": an armed group's site is a military target, not civilians
            if (!civ && ARMED_SITE.get(h) != 0) return false;
            // events round 18: "a 17-year-old was shot": an age standing for the person is plain people
            if ((t.wordIs(k, Lexicon.CIVILIAN) || targets && (t.in(k, TokenWords.CIVILIAN_TARGET) || Casualties.ageNoun(t, from, k))
                    || civic) && !negated(t, from, k)) {
                civ = true;
            }
            noun |= civ || t.wordIs(k, Lexicon.PERSON);
        }
        return civ;
    }

    private static final long H_OF = LongIntMap.h("of");
    /** Sites of armed forces or groups ("camp" is not one: displaced people live in camps). */
    private static final LongIntMap ARMED_SITE = LongIntMap.words("base", "bases", "outpost", "outposts", "barracks",
            "garrison", "hideout", "hideouts", "stronghold", "strongholds", "bunker", "bunkers", "trenches");

    /** The word at k is the source of the report ("..., police said"), not "a civilian accused of ...". */
    private static boolean source(Tokens t, int k, int en) {
        return t.has(k + 1, Lexicon.CLAIM) || t.has(k + 1, Lexicon.SPEECH) && !(k + 2 < en && t.hash[k + 2] == H_OF);
    }

    /** Prepositions that end a victim's noun phrase ("of" does not: "the village of X", "a family of four"). */
    static final LongIntMap VICTIM_END = LongIntMap.words("at", "in", "near", "on", "during", "after", "for", "while", "when",
            "following", "outside", "inside", "because", "as", "over", "accused", "who", "whom", "allegedly",
            // "killed three herders suspected of aiding rebels": what they were suspected of is no victim
            "suspected",
            // "killed a man who had deserted from the army": where a victim comes from is no victim
            "from");
    static final LongIntMap LEADER = LongIntMap.words("leader", "leaders", "chief", "chiefs", "commander");
    /** No longer armed: ACLED codes killings of former soldiers and policemen as violence against civilians. */
    private static final LongIntMap FORMER = LongIntMap.words("former", "ex", "retired", "demobilised", "demobilized", "unarmed");
    /** Civic roles that make a leader a civilian: "social leader" (Colombia), "community leader", "village chief". */
    private static final LongIntMap CIVIC = LongIntMap.words("social", "community", "religious", "traditional", "village", "youth",
            "opposition", "political", "civil", "civic", "student", "tribal", "clan", "indigenous", "union", "party",
            "local", "women's", "human");

    /** "police did not intervene", "police were not present": a negation within 3 tokens after, in the clause. */
    private static boolean deniedAfter(Tokens t, int k, int en) {
        for (int j = k + 1; j < Math.min(en, k + 4); j++) {
            if ((t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) return false;
            if (t.has(j, Lexicon.NEG)) return true;
        }
        return false;
    }

    /** "no civilians were harmed", "no reports of civilian casualties": a negation within 4 tokens before. */
    private static boolean negated(Tokens t, int from, int k) {
        for (int j = k - 1; j >= Math.max(from, k - 4); j--) if (t.has(j, Lexicon.NEG)) return true;
        return false;
    }

    private static final int SIDE_UNKNOWN = 0, SIDE_GOVERNMENT = 1, SIDE_OTHER = 2;

    /**
     * Who takes the place: the nearest actor before the trigger in its clause, with the words modifying it.
     * A non-state armed group, or a country other than the place's ("Russian forces" in Avdiivka), is
     * {@link #SIDE_OTHER}; a state force or the place's own country ("Ukraine retook ...") is
     * {@link #SIDE_GOVERNMENT}; no actor named is {@link #SIDE_UNKNOWN}.
     */
    /**
     * "Arakan Army", "Kachin Independence Army": a capitalised force word after names of no country is a named
     * armed group; "Myanmar Army", "Somali National Army", "Government Forces" are a state's.
     */
    private static boolean namedGroup(Tokens t, int st, int head, LongFunction<String> countryOf) {
        int k = head - 1;
        boolean named = false;
        for (; k >= st && t.is(k, Tokens.CAP) && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0; k--) {
            if (countryOf.apply(t.hash[k]) != null || GOVERNMENT.get(t.hash[k]) != 0) return false;
            named = true;
        }
        return named;
    }

    private static int takerSide(Tokens t, int st, int at, String placeCountry, LongFunction<String> countryOf) {
        boolean government = false, ownCountry = false;
        for (int j = at - 1; j >= st; j--) {
            if ((t.gap[j + 1] & (Tokens.G_COMMA | Tokens.G_COLON)) != 0) break;
            long h = t.hash[j];
            if (Lexicon.has(h, Lexicon.NON_STATE)) return SIDE_OTHER;
            boolean head = GOVERNMENT.get(h) != 0;
            if (head && t.is(j, Tokens.CAP) && namedGroup(t, st, j, countryOf)) return SIDE_OTHER;
            if (t.is(j, Tokens.CAP) && placeCountry != null) {
                String side = countryOf.apply(h);
                if (side != null && !side.equals(placeCountry)) return SIDE_OTHER;
                if (side != null) ownCountry = true;
            }
            // "Rebels said government forces retook ...": the words before the actor's phrase are not its own
            if (government && !head && !t.is(j, Tokens.CAP) && (t.gap[j] & Tokens.G_APOS) == 0) break;
            government |= head;
        }
        return government || ownCountry ? SIDE_GOVERNMENT : SIDE_UNKNOWN;
    }

    /** Words that introduce what a protest is about: "against", "demanding justice for", "denouncing". */
    private static final LongIntMap GRIEVANCE = LongIntMap.words("against", "over", "demanding", "demand", "demanded", "denouncing",
            "denounce", "condemning", "condemn", "justice", "decrying", "decry", "mourning", "mourn", "protesting",
            "following", "after");
    /** Tokens a grievance may lie after its protest word. */
    private static final int GRIEVANCE_REACH = 14;
    /** Tokens a violent word may lie after the protest whose grievance it tells (the place may come between them). */
    private static final int GRIEVANCE_CLAUSE_REACH = 24;

    /**
     * "residents protested the killing of a driver", "students demonstrated demanding justice for a murdered
     * classmate": a violent word that is what a protest earlier in its clause is about codes the protest, not
     * the violence it recalls. The protest trigger, or null.
     */
    private static Triggers.Trigger grievanceOfProtest(Triggers.Trigger best, Tokens t, int st, int at) {
        if (best.type().equals(Triggers.PROTESTS) || at <= st) return null;
        int[] span = new int[1];
        for (int p = Math.max(st, at - GRIEVANCE_CLAUSE_REACH); p < at; p++) {
            Triggers.Trigger tr = Triggers.at(t, p, at, span);
            if (tr == null || !tr.type().equals(Triggers.PROTESTS) || Triggers.armedDemand(t, p, st)) continue;
            boolean about = at - (p + span[0]) <= 2, bracket = false;
            for (int j = p + span[0]; j <= at; j++) {
                int b = t.bracketAt(j);
                if (b != 0) bracket = b > 0;
                // "staged a protest in the city (Sadar, Chittagong), against the assault on a professor": a clause
                // opened by a grievance word after the comma is still what the protest is about; a bracket's commas
                // end no clause
                boolean grievanceClause = (t.gap[j] & (Tokens.G_COLON | Tokens.G_PERIOD | Tokens.G_STOP)) == 0
                        && (bracket || j < at && GRIEVANCE.get(t.hash[j]) != 0);
                if (!grievanceClause && (t.gap[j] & (Tokens.G_COMMA | Tokens.G_COLON | Tokens.G_PERIOD | Tokens.G_STOP)) != 0) {
                    about = false;
                    break;
                }
                if (j < at && GRIEVANCE.get(t.hash[j]) != 0) about = true;
            }
            if (about) return tr;
        }
        return null;
    }

    /**
     * "families who say their sons were abducted by the group held a sit-in": a violent word in the passive, in a
     * relative clause of the protesters, tells who they are, and the protest after it codes the sentence. The protest
     * trigger, or null.
     */
    private static Triggers.Trigger grievanceBeforeProtest(Triggers.Trigger best, Tokens t, int st, int at, int en) {
        if (best.type().equals(Triggers.PROTESTS) || at - 2 < st) return null;
        boolean passive = Casualties.isBe(t.hash[at - 1]) || Casualties.isBe(t.hash[at - 2]);
        if (!passive || !t.wordBefore(at, st, 6, RELATIVE)) return null;
        int[] span = new int[1];
        for (int p = at + 1; p < Math.min(en, at + GRIEVANCE_REACH); p++) {
            if ((t.gap[p] & (Tokens.G_PERIOD | Tokens.G_STOP)) != 0) return null;
            Triggers.Trigger tr = Triggers.at(t, p, en, span);
            if (tr != null && tr.type().equals(Triggers.PROTESTS)) return tr;
        }
        return null;
    }

    /** Words that tell what an event happened amid: "amid unrest following demonstrations". */
    private static final LongIntMap SETTING = LongIntMap.words("amid", "amidst", "following");
    /** Tokens a setting word may lie before the protest word it introduces. */
    private static final int SETTING_REACH = 4;

    /**
     * Whether the protest word at {@code at} is in a clause that tells the setting ("amid ...", "following ...
     * demonstrations") after an act of violence or destruction earlier in the sentence, and whether armed people act.
     */
    private static int backgroundProtest(Tokens t, int st, int at) {
        int marker = -1;
        for (int j = at - 1; j >= Math.max(st, at - SETTING_REACH); j--) {
            if (SETTING.get(t.hash[j]) != 0) {
                marker = j;
                break;
            }
        }
        if (marker < 0) return SETTING_NONE;
        boolean act = false, armed = false;
        for (int k = st; k < marker; k++) {
            long h = t.hash[k];
            // "police fired tear gas, following protests over fuel prices", "protesters burned tyres following
            // the demonstrations": force on protesters, or protesters acting, keep the protest
            if (INTERVENTION.get(h) != 0 || POLICE.get(h) != 0 || t.has(k, Lexicon.PROTESTER) || PROTEST_VERB.get(h) != 0) {
                return SETTING_NONE;
            }
            armed |= armedPerson(t, k);
            act |= RIOTOUS.get(h) != 0 || ONE_SIDED.get(h) != 0 || t.has(k, Lexicon.KILL) || h == H_FIRE || h == H_ABLAZE;
        }
        return !act ? SETTING_NONE : armed ? SETTING_ARMED : SETTING_UNARMED;
    }

    /** {@link #backgroundProtest}: no setting clause, an unarmed act before it, an armed one. */
    private static final int SETTING_NONE = 0, SETTING_UNARMED = 1, SETTING_ARMED = 2;

    private static final long H_ABLAZE = LongIntMap.h("ablaze");

    /** A protest trigger before {@code end} in the sentence. */
    private static boolean protestInSentence(Tokens t, int st, int en) {
        int[] span = new int[1];
        for (int k = st; k < en; k++) {
            Triggers.Trigger tr = Triggers.at(t, k, en, span);
            if (tr != null && tr.type().equals(Triggers.PROTESTS)) return true;
        }
        return false;
    }

    /** A protest trigger, or protesters with a trigger that protest coding refines (force, arrests, deaths). */
    private static boolean protest(Triggers.Trigger best, Tokens t, int st, int en) {
        if (best.type().equals(Triggers.PROTESTS)) return true;
        boolean refinable = best == Triggers.KILL_FALLBACK || best == Triggers.KILL_CIVILIANS
                || best.type().equals(Triggers.BATTLES) && best.subtype().equals("Armed clash")
                || best.type().equals(Triggers.VAC) && best.subtype().equals("Attack")
                || best.subtype().equals("Arrests") || best.subtype().equals("Looting/property destruction")
                || best.subtype().equals("Violent demonstration");
        if (!refinable) return false;
        for (int k = st; k < en; k++) if (t.has(k, Lexicon.PROTESTER) || protestingPeople(t, k, en)) return true;
        return false;
    }

    /** Participles that make the unarmed people before them protesters: "workers demanding unpaid wages". */
    private static final LongIntMap PROTESTING = LongIntMap.words("protesting", "demonstrating", "demanding", "marching",
            "rallying", "picketing", "agitating");

    /**
     * Events round 18: "fired at garment workers demanding unpaid wages", "shot dead two villagers protesting against a
     * mine": unarmed people at k named by a protest participle right after them are protesters, whoever uses force on them.
     */
    private static boolean protestingPeople(Tokens t, int k, int en) {
        return t.has(k, Lexicon.PERSON | Lexicon.CIVILIAN) && k + 1 < en && PROTESTING.get(t.hash[k + 1]) != 0
                && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0 && !armedPerson(t, k);
    }

    /**
     * A peaceful protest coded from an earlier sentence, refined by a sentence without a trigger of its own that
     * tells of force, rioting or deaths ("The protest was dispersed with tear gas."); any other trigger as is.
     */
    static Triggers.Trigger protestFollowUp(Triggers.Trigger tr, Tokens t, int st, int en, Figure killed) {
        if (!tr.type().equals(Triggers.PROTESTS) || !tr.subtype().equals("Peaceful protest")) return tr;
        Triggers.Trigger refined = protestType(tr, t, st, en, killed);
        return refined.subtype().equals(tr.subtype()) ? tr : refined;
    }

    
    /** "the detained opposition leader", "relatives of detained activists": who the protest is for, no force used. */
    private static boolean participleAdjective(Tokens t, int st, int k) {
        return k - 1 >= st && (t.has(k - 1, Lexicon.DETERMINER) || t.hash[k - 1] == H_OF);
    }

    /**
     * "to denounce police brutality", "against the illegal arrest of", "after a man died in police custody": what the
     * protest is about, not force used on it (a grievance word up to {@link #GRIEVANCE_FORCE_REACH} tokens before, in the clause).
     */
    private static boolean grievanceWord(Tokens t, int st, int k) {
        return t.wordBefore(k, st, GRIEVANCE_FORCE_REACH, GRIEVANCE);
    }

    private static final int GRIEVANCE_FORCE_REACH = 6;

    /** The first death word of the sentence follows a grievance word of its clause ("protested over the killing of"). */
    private static boolean deathIsGrievance(Tokens t, int st, int en) {
        int d = deathWordAt(t, st, en);
        return d >= 0 && grievanceWord(t, st, d);
    }

    private static final long H_VIOLENT = LongIntMap.h("violent");
    /** Protest verbs with their actor as subject: "police demonstrated", "workers protested and attacked ...". */
    private static final LongIntMap PROTEST_VERB = LongIntMap.words("demonstrated", "protested", "marched", "rallied",
            "picketed", "staged");

    /** A protest verb right after the word at k (up to 2 tokens on, no comma): the word is its subject. */
    private static boolean protestVerbAfter(Tokens t, int k, int en) {
        return t.wordAfter(k, en, 2, PROTEST_VERB);
    }

    /** A protest verb earlier in the sentence and no force word between it and k: the same people act again at k. */
    private static boolean protestVerbBefore(Tokens t, int st, int k) {
        for (int j = k - 1; j >= st; j--) {
            if (INTERVENTION.get(t.hash[j]) != 0 || POLICE.get(t.hash[j]) != 0 || armedPerson(t, j)) return false;
            if (PROTEST_VERB.get(t.hash[j]) != 0) return true;
        }
        return false;
    }
    private static final LongIntMap TURNED = LongIntMap.words("turned", "turn", "turns", "became", "grew", "turning");

    /** "burned an effigy of the minister": a protest's symbol, not a riot (ACLED codes it a peaceful protest). */
    private static boolean effigy(Tokens t, int k, int en) {
        for (int j = k + 1; j < Math.min(en, k + 5); j++) if (EFFIGY.get(t.hash[j]) != 0) return true;
        return false;
    }

    private static final LongIntMap EFFIGY = LongIntMap.words("effigy", "effigies", "effigie", "posters", "poster", "flag", "flags",
            "photos", "pictures", "portrait", "portraits", "copies", "candles");
    private static final LongIntMap SELF_DISPERSAL = LongIntMap.words("dispersed", "dispersing", "disperse");
    private static final LongIntMap SELF_DISPERSAL_CUE = LongIntMap.words("before", "after", "then", "later", "eventually",
            "peacefully", "voluntarily", "without");

    /** "chanted slogans before dispersing", "the crowd dispersed peacefully": protesters leaving, not force. */
    private static boolean dispersedThemselves(Tokens t, int st, int k, int en) {
        if (SELF_DISPERSAL.get(t.hash[k]) == 0) return false;
        return k - 1 >= st && SELF_DISPERSAL_CUE.get(t.hash[k - 1]) != 0
                || k + 1 < en && SELF_DISPERSAL_CUE.get(t.hash[k + 1]) != 0 && (t.gap[k + 1] & ~Tokens.G_SPACE) == 0
                || k + 1 >= en;
    }

    /** What a protest is called when someone attacks it: "attacked a rally of villagers", "attacked the protesters". */
    private static final LongIntMap PROTEST_GATHERING = LongIntMap.words("protest", "protests", "rally", "rallies",
            "demonstration", "demonstrations", "march", "marches", "marchers", "procession", "protesters", "protestors",
            "demonstrators", "sit");

    /** A one-sided attack word at k whose object is the protest ("a councillor attacked the rally"): force on it. */
    private static boolean attackOnProtest(Tokens t, int k, int en) {
        return !(k - 1 >= 0 && t.has(k - 1, Lexicon.PROTESTER)) && t.wordAfter(k, en, 3, PROTEST_GATHERING);
    }

    private static Triggers.Trigger protestType(Triggers.Trigger tr, Tokens t, int st, int en, Figure killed) {
        boolean intervention = false;
        for (int k = st; k < en; k++) {
            long h = t.hash[k];
            // "traders demonstrated over the demolition and attacked the task force": the protesters' own attack
            if (!intervention && ONE_SIDED.get(h) != 0 && tr.type().equals(Triggers.PROTESTS) && k - 1 >= st
                    && t.hash[k - 1] == H_AND && protestVerbBefore(t, st, k)) {
                return new Triggers.Trigger(Triggers.RIOTS, "Violent demonstration", tr.priority(), tr.word());
            }
            // "traffic police demonstrated to demand ...": police who protest are the protesters, no force used
            if (INTERVENTION.get(h) != 0 && protestVerbAfter(t, k, en)) continue;
            // "demonstrations turned violent": the protesters' violence told as such
            boolean turnedViolent = h == H_VIOLENT && k - 1 >= st && TURNED.get(t.hash[k - 1]) != 0;
            // "blocked the highway with stones and tree trunks": stones laid on a road, not thrown
            if (ActorRules.blockingStones(t, st, k)) continue;
            if ((RIOTOUS.get(h) != 0 || turnedViolent || ActorRules.riotousAct(t, st, k, en) || h == H_SET && k + 1 < en && t.hash[k + 1] == H_FIRE) && !effigy(t, k, en)) {
                return new Triggers.Trigger(Triggers.RIOTS, "Violent demonstration", tr.priority(), tr.word());
            }
            // "police did not intervene", "no arrests were made": force denied is no intervention
            if (INTERVENTION.get(h) != 0 && (negated(t, st, k) || deniedAfter(t, k, en) || dispersedThemselves(t, st, k, en)
                    || grievanceWord(t, st, k) || participleAdjective(t, st, k) || ActorRules.agentOfDeath(t, st, k))) continue;
            if (INTERVENTION.get(h) != 0 || h == H_TEAR && k + 1 < en && t.hash[k + 1] == H_GAS
                    || ONE_SIDED.get(h) != 0 && (tr.type().equals(Triggers.BATTLES) || attackOnProtest(t, k, en))) {
                intervention = true;
            }
        }
        if (tr.subtype().equals("Violent demonstration")) return tr;
        // "residents protested after a pedestrian was killed by a motorist": deaths told after a grievance word are
        // what the protest is about, not deaths at it
        if (killed != null && killed.low() > 0 && !deathIsGrievance(t, st, en)) {
            return new Triggers.Trigger(Triggers.PROTESTS, "Excessive force against protesters", tr.priority(), tr.word());
        }
        String sub = intervention || !tr.type().equals(Triggers.PROTESTS) ? "Protest with intervention" : "Peaceful protest";
        return new Triggers.Trigger(Triggers.PROTESTS, sub, tr.priority(), tr.word());
    }
}
