package dev.conflictstream.enrich.extract;

/**
 * Who the people of a sentence are, where the words around a noun change it (events round 5): partisans who are
 * an armed group or a party's supporters, soldiers off duty (victims, not combatants), fights with no arms (a
 * mob's), killings after an arrest, an armed group's preaching. Used by {@link EventTyping}.
 */
final class ActorRules {
    /** "entered the village and preached": an armed group's show of presence, ACLED's "Other" strategic development. */
    static final Triggers.Trigger PRESENCE =
            new Triggers.Trigger(Triggers.SD, "Other", 50, "(armed group preaching)");

    /** "arrested 6 suspects in a raid": the arrests a raid made. */
    static final Triggers.Trigger RAID_ARRESTS = new Triggers.Trigger(Triggers.SD, "Arrests", 45, "(arrests in a raid)");
    private static final LongIntMap RAID = LongIntMap.words("raid", "raids", "raided", "raiding");
    private static final LongIntMap ARREST = LongIntMap.words("arrested", "detained", "apprehended", "arresting",
            "detaining", "arrests", "arrest", "nabbed", "rounded");

    private static final long H_PARTISANS = LongIntMap.h("partisans"), H_PARTISAN = LongIntMap.h("partisan"),
            H_OF = LongIntMap.h("of"), H_OFF = LongIntMap.h("off"), H_DUTY = LongIntMap.h("duty"),
            H_ON = LongIntMap.h("on"), H_LEAVE = LongIntMap.h("leave"), H_IN = LongIntMap.h("in"),
            H_CUSTODY = LongIntMap.h("custody");
    /** Arms that make a fight a battle, whoever fights. */
    private static final LongIntMap FIREARMS = LongIntMap.words("armed", "guns", "gun", "rifles", "firearms", "gunfire",
            "gunshots", "ak");
    /** What a fight with no arms is fought with. */
    private static final LongIntMap CRUDE_WEAPON = LongIntMap.words("sticks", "clubs", "cudgels", "stones", "rocks", "fists",
            "knives", "machetes", "axes", "bats", "rods", "hoes");
    /** A killing told as coming after what went before: "arrested ... and later killed". */
    private static final LongIntMap LATER = LongIntMap.words("later", "subsequently", "afterwards", "then", "thereafter");
    /** An armed group's preaching in a place it enters. */
    private static final LongIntMap PREACHING = LongIntMap.words("preached", "preaching", "preach", "sermon", "sermons",
            "proselytised", "proselytized", "proselytising", "proselytizing");

    private ActorRules() {}

    /** "partisans attacked a convoy": an armed group, unless the supporters of someone ("partisans of the UDPS"). */
    static boolean armedPartisans(Tokens t, int k) {
        long h = t.hash[k];
        return (h == H_PARTISANS || h == H_PARTISAN) && !(k + 1 < t.n && t.hash[k + 1] == H_OF);
    }

    static boolean firearms(long h) { return FIREARMS.get(h) != 0; }

    static boolean crudeWeapon(long h) { return CRUDE_WEAPON.get(h) != 0; }

    /** The force member at k is off duty: "an off-duty policeman", "a soldier on leave", "a policeman off duty". */
    static boolean offDuty(Tokens t, int from, int k, int en) {
        return k - 2 >= from && t.hash[k - 2] == H_OFF && t.hash[k - 1] == H_DUTY
                || k + 2 < en && (t.hash[k + 1] == H_ON && t.hash[k + 2] == H_LEAVE
                        || t.hash[k + 1] == H_OFF && t.hash[k + 2] == H_DUTY);
    }

    /**
     * A death word after the arrest at {@code at} that comes later ("and later executed them", "who was subsequently
     * killed") or in custody ("died in custody"): the arrested were killed.
     */
    static boolean killedAfterArrest(Tokens t, int at, int en) {
        for (int k = at + 1; k < en; k++) {
            if (!t.has(k, Lexicon.KILL)) continue;
            for (int j = k - 1; j >= Math.max(at + 1, k - 3); j--) if (LATER.get(t.hash[j]) != 0) return true;
            if (k + 2 < en && t.hash[k + 1] == H_IN && t.hash[k + 2] == H_CUSTODY) return true;
        }
        return false;
    }

    /** The trigger at {@code at} is a raid, and the sentence tells of arrests: "arrested 6 suspects in a raid". */
    static boolean arrestRaid(Tokens t, int st, int at, int en) {
        if (RAID.get(t.hash[at]) == 0) return false;
        for (int k = st; k < en; k++) if (ARREST.get(t.hash[k]) != 0) return true;
        return false;
    }

    private static final LongIntMap STONES = LongIntMap.words("stones", "stone", "rocks", "boulders");
    private static final LongIntMap BLOCKING = LongIntMap.words("blocked", "blocking", "blockaded", "barricaded", "block",
            "blocks");

    /** Stones at k that block a road: "blocked the highway with stones", a blocking verb up to 10 tokens before, in the clause. */
    static boolean blockingStones(Tokens t, int st, int k) {
        return STONES.get(t.hash[k]) != 0 && t.wordBefore(k, st, 10, BLOCKING);
    }

    private static final long H_BY = LongIntMap.h("by"), H_SET = LongIntMap.h("set"), H_FIRE = LongIntMap.h("fire"),
            H_ABLAZE = LongIntMap.h("ablaze");
    private static final LongIntMap STORMING = LongIntMap.words("stormed", "storming", "storm", "ransacked", "smashed");

    /**
     * What protesters do in a riot beyond the word list of {@link EventTyping}: "demonstrators stormed the parliament"
     * (the protesters right before the verb), "set part of it on fire", "set ablaze".
     */
    static boolean riotousAct(Tokens t, int st, int k, int en) {
        long h = t.hash[k];
        if (STORMING.get(h) != 0) return k - 1 >= st && t.has(k - 1, Lexicon.PROTESTER);
        if (h == H_ABLAZE) return true;
        if (h != H_SET) return false;
        for (int j = k + 2; j < Math.min(en, k + 6); j++) if (t.hash[j] == H_FIRE && t.hash[j - 1] == H_ON) return true;
        return false;
    }

    /** The police at k killed someone the protest is about: "to commemorate a classmate killed by police". */
    static boolean agentOfDeath(Tokens t, int st, int k) {
        return k - 2 >= st && t.hash[k - 1] == H_BY && t.has(k - 2, Lexicon.KILL);
    }

    /** A preaching word in the sentence. */
    static boolean preaching(Tokens t, int st, int en) {
        for (int k = st; k < en; k++) if (PREACHING.get(t.hash[k]) != 0) return true;
        return false;
    }
}
