package dev.conflictstream.enrich.extract;

/**
 * What a shot or a thrown fire bomb hit, where that decides the event (events round 15). Fire aimed at a force's
 * positions whose rounds hit houses, told in its sentence or the next, is indirect fire: ACLED's shelling, not an
 * exchange of fire. A petrol bomb or Molotov cocktail thrown at a building by no crowd is property destruction, or an
 * attack when people were harmed (a crowd's throwing stays a riot). Used by {@link EventTyping}; reads the article's
 * tokens, keeps nothing.
 */
final class StruckTargets {
    static final Triggers.Trigger FIRE_ON_HOUSES = new Triggers.Trigger(Triggers.ERV,
            "Shelling/artillery/missile attack", 40, "(fire at positions hit buildings)");
    static final Triggers.Trigger FIRE_BOMB_ON_PROPERTY = new Triggers.Trigger(Triggers.SD,
            "Looting/property destruction", 52, "(fire bomb thrown at a building)");
    static final Triggers.Trigger FIRE_BOMB_ON_PEOPLE = new Triggers.Trigger(Triggers.VAC, "Attack", 52,
            "(fire bomb thrown at a building harmed people)");

    /** The head of a fire trigger: "fired at", "firing on", "fired ... positions". */
    private static final LongIntMap FIRING = LongIntMap.words("fired", "firing", "fire", "fires");
    /** A force's ground that fire is aimed at. */
    private static final LongIntMap POSITIONS = LongIntMap.words("positions", "position", "outpost", "outposts",
            "trenches", "lines", "checkpoint", "checkpoints");
    /** Fire bombs: "petrol bombs", "Molotov cocktails", "firebombs". */
    private static final LongIntMap FIRE_BOMB = LongIntMap.words(Triggers.FIRE_BOMBS);
    /** Buildings people live, work or pray in. */
    private static final LongIntMap BUILDING = LongIntMap.words("house", "houses", "home", "homes", "office", "offices",
            "residence", "residences", "building", "buildings", "shop", "shops", "store", "stores", "school", "schools",
            "hospital", "apartment", "apartments", "mosque", "church", "temple", "compound", "warehouse", "factory", "hotel");
    /** Vehicles: a fire bomb thrown at one destroys property; fire at a checkpoint that hits one is no shelling. */
    private static final LongIntMap VEHICLE = LongIntMap.words("bus", "buses", "car", "cars", "vehicle", "vehicles");
    /** Openers of another story in the next sentence: "Separately, ...", "Elsewhere, ...", "In another incident, ...". */
    private static final LongIntMap NEW_STORY = LongIntMap.words("separately", "elsewhere", "meanwhile", "separate", "incident");
    /** What a round did to a building: "houses were hit", "hitting a school", "rounds falling on houses". */
    private static final LongIntMap HIT = LongIntMap.words("hit", "hitting", "struck", "striking", "damaged", "damaging",
            "falling", "fell", "landed", "landing");
    private static final long H_AT = LongIntMap.h("at");

    private StruckTargets() {}

    /**
     * "Houthi forces fired on army positions, hitting a school nearby", "forces fired at positions near X. Several houses
     * were hit.": a fire trigger at {@code at} aimed at positions, and a building (no vehicle) hit in its sentence or the
     * next sentence of its paragraph when that opens no other story ("Separately, ...").
     */
    static boolean fireHitBuildings(Triggers.Trigger best, Tokens t, int at, int en) {
        if (!best.type().equals(Triggers.BATTLES) || FIRING.get(t.hash[at]) == 0 || t.first(at + 1, Math.min(en, at + 7),
                POSITIONS) < 0) {
            return false;
        }
        if (buildingHit(t, at + 1, en)) return true;
        // the next sentence only in the same paragraph and the same story
        if (en >= t.n || t.paragraph[en] != t.paragraph[at]) return false;
        int next = t.sentence[en], from = t.sentStart[next];
        if (t.first(from, Math.min(t.sentEnd[next], from + 4), NEW_STORY) >= 0) return false;
        return buildingHit(t, from, t.sentEnd[next]);
    }

    /** A building word with a word of hitting up to four tokens before or six after it, inside [from, to). */
    private static boolean buildingHit(Tokens t, int from, int to) {
        for (int j = from; j < to; j++) {
            if (BUILDING.get(t.hash[j]) == 0) continue;
            if (t.first(Math.max(from, j - 4), Math.min(to, j + 7), HIT) >= 0) return true;
        }
        return false;
    }

    /** The throwing trigger at {@code at} throws a fire bomb at a building: a fire bomb hurled "at" a home or an office. */
    static boolean fireBombAtBuilding(Triggers.Trigger best, Tokens t, int at, int en) {
        if (!best.type().equals(Triggers.RIOTS)) return false;
        int bomb = t.first(at + 1, Math.min(en, at + 5), FIRE_BOMB);
        if (bomb < 0) return false;
        for (int j = bomb + 1; j < Math.min(en, bomb + 4); j++) {
            if (t.hash[j] != H_AT) continue;
            return t.first(j + 1, Math.min(en, j + 5), BUILDING) >= 0 || t.first(j + 1, Math.min(en, j + 5), VEHICLE) >= 0;
        }
        return false;
    }
}
