package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.NameKey;

/**
 * Event triggers: words and two-word phrases mapped to an ACLED type and sub-event type, with a
 * priority deciding which trigger codes a sentence that has several (a specific weapon beats a
 * generic "attack"). The table is the rule; extend it here.
 */
final class Triggers {
    static final String BATTLES = "Battles", ERV = "Explosions/Remote violence", VAC = "Violence against civilians",
            PROTESTS = "Protests", RIOTS = "Riots", SD = "Strategic developments";

    record Trigger(String type, String subtype, int priority, String word) {}

    static final Trigger KILL_FALLBACK = new Trigger(BATTLES, "Armed clash", 10, "(deaths)");
    static final Trigger KILL_CIVILIANS = new Trigger(VAC, "Attack", 12, "(civilian deaths)");
    static final Trigger TERRITORY = new Trigger(BATTLES, "Non-state actor overtakes territory", 70, "captured/seized");
    static final Trigger CAPTURE_PERSON = new Trigger(SD, "Arrests", 45, "captured");

    private static final LongIntMap SINGLE = new LongIntMap();
    private static final LongIntMap PAIR = new LongIntMap();
    private static final java.util.List<Trigger> ALL = new java.util.ArrayList<>();
    static final long H_CAPTURED = LongIntMap.h("captured"), H_SEIZED = LongIntMap.h("seized"),
            H_CAPTURE = LongIntMap.h("capture");

    private static void single(String type, String subtype, int prio, String... words) {
        for (String w : words) {
            ALL.add(new Trigger(type, subtype, prio, w));
            SINGLE.put(LongIntMap.h(w), ALL.size());
        }
    }

    private static void pair(String type, String subtype, int prio, String... phrases) {
        for (String p : phrases) {
            ALL.add(new Trigger(type, subtype, prio, p));
            PAIR.put(NameKey.of(p), ALL.size());
        }
    }

    static {
        String air = "Air/drone strike", shell = "Shelling/artillery/missile attack", ied = "Remote explosive/landmine/IED";
        single(ERV, air, 90, "airstrike", "airstrikes", "airstrikes", "airraid", "bombed", "bombing", "bombings",
                "warplanes", "warplane");
        pair(ERV, air, 92, "air strike", "air strikes", "air raid", "air raids", "drone strike", "drone strikes",
                "drone attack", "drone attacks", "aerial bombardment", "air attack", "air attacks",
                "kamikaze drone", "kamikaze drones");
        // ACLED: missile attacks are coded with shelling and artillery, not with air strikes
        pair(ERV, shell, 92, "missile strike", "missile strikes", "missile attack", "missile attacks", "rocket attack",
                "rocket attacks");
        single(ERV, shell, 85, "shelling", "shelled", "shells", "shell", "artillery", "mortar", "mortars", "missile",
                "missiles", "rocket", "rockets", "barrage", "bombardment", "bombarded", "mlrs", "howitzer",
                "howitzers", "shellings");
        single(ERV, ied, 88, "ied", "ieds", "landmine", "landmines", "explosion", "explosions", "exploded", "blast",
                "blasts", "detonated", "detonation");
        pair(ERV, ied, 89, "roadside bomb", "car bomb", "explosive device", "explosive devices", "bomb exploded",
                "bomb blast", "booby trap", "improvised explosive");
        pair(ERV, "Suicide bomb", 95, "suicide bomber", "suicide bombers", "suicide bombing", "suicide attack",
                "suicide car", "suicide vest");
        single(ERV, "Grenade", 80, "grenade", "grenades");
        single(BATTLES, "Armed clash", 60, "clash", "clashes", "clashed", "fighting", "fought", "battle", "battles",
                "firefight", "firefights", "gunfight", "gunbattle", "shootout", "skirmish", "skirmishes", "ambush",
                "ambushed", "offensive", "counteroffensive", "counterattack", "assault", "assaults", "stormed",
                "advance", "advances", "advancing", "advancement", "advancements", "repelled", "repulsed", "engaged",
                "crossfire", "violate", "violated", "violating", "combat", "gunfire", "attacking", "raid");
        single(BATTLES, "Armed clash", 40, "attack", "attacks", "attacked", "shooting", "shot");
        pair(BATTLES, "Armed clash", 62, "opened fire", "exchanged fire", "exchange fire", "small arms",
                "ceasefire violation", "ceasefire violations");
        single(BATTLES, "Government regains territory", 70, "recaptured", "retook", "regained", "liberated");
        pair(BATTLES, "Government regains territory", 72, "took back", "retaken control");
        single(VAC, "Attack", 55, "executed", "massacre", "massacred", "murdered", "murder", "beheaded", "lynched",
                "tortured", "stabbed", "execution");
        pair(VAC, "Attack", 58, "shot dead");
        single(VAC, "Abduction/forced disappearance", 75, "abducted", "abduction", "kidnapped", "kidnapping",
                "kidnap", "abducts", "kidnaps");
        pair(VAC, "Abduction/forced disappearance", 75, "taken hostage");
        single(VAC, "Sexual violence", 75, "raped", "rape");
        pair(VAC, "Sexual violence", 75, "sexual violence", "sexual assault");
        single(PROTESTS, "Peaceful protest", 50, "protest", "protests", "protested", "protesting", "protesters",
                "protestors", "demonstration", "demonstrations", "demonstrators", "rally", "rallies", "rallied",
                "picket", "marched");
        single(RIOTS, "Violent demonstration", 55, "riot", "riots", "rioting", "rioters");
        single(RIOTS, "Mob violence", 52, "mob");
        single(SD, "Arrests", 45, "arrest", "arrested", "arrests", "arresting", "detained", "detain", "detains",
                "detention", "apprehended", "apprehend", "captured", "seized");
        pair(SD, "Arrests", 45, "into custody");
        single(SD, "Agreement", 30, "truce");
        pair(SD, "Agreement", 32, "peace deal", "peace agreement", "prisoner exchange", "prisoner swap");
        single(SD, "Disrupted weapons use", 65, "intercepted", "downed", "defused", "neutralized", "neutralised");
        pair(SD, "Disrupted weapons use", 66, "shot down", "air defence", "air defense");
        single(SD, "Looting/property destruction", 40, "looted", "looting", "torched", "vandalized", "arson");
        pair(SD, "Looting/property destruction", 42, "set fire", "set ablaze");
        single(SD, "Headquarters or base established", 35, "headquarters");
    }

    private Triggers() {}

    /** The trigger starting at token i, or null; {@code span[0]} receives its length in tokens. */
    static Trigger at(Tokens t, int i, int sentEnd, int[] span) {
        if (i + 1 < sentEnd && (t.gap[i + 1] & (Tokens.G_COMMA | Tokens.G_PERIOD | Tokens.G_STOP | Tokens.G_COLON)) == 0) {
            int p = PAIR.get(NameKey.combine(t.hash[i], t.hash[i + 1]));
            if (p != 0) {
                span[0] = 2;
                return ALL.get(p - 1);
            }
        }
        int s = SINGLE.get(t.hash[i]);
        if (s != 0) {
            span[0] = 1;
            return ALL.get(s - 1);
        }
        return null;
    }

    static int count() { return ALL.size(); }
}
