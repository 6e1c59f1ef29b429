package dev.conflictstream.enrich.extract;

import dev.conflictstream.enrich.geo.NameKey;

/**
 * ACLED's own labels opening a sentence of a note ("Movement of forces: On 2 March, ...", "Security measures: ...",
 * "Displacement: ..."): the label names the sub-event type the coder chose, so it codes the sentence whatever other
 * trigger words follow ("... seen near Kandi; they planned to attack the base" stays a movement of forces).
 */
final class NoteLabels {
    /** Above every trigger of {@link Triggers}; {@link EventTyping} leaves a label's coding as it is. */
    static final int PRIORITY = 99;
    private static final int MAX_WORDS = 6;
    private static final LongIntMap LABELS = new LongIntMap();
    private static final java.util.List<Triggers.Trigger> CODINGS = new java.util.ArrayList<>();

    private NoteLabels() {}

    private static void label(String type, String subtype, String... labels) {
        for (String l : labels) {
            CODINGS.add(new Triggers.Trigger(type, subtype, PRIORITY, l + ":"));
            LABELS.put(NameKey.of(l), CODINGS.size());
        }
    }

    static {
        String sd = Triggers.SD;
        label(sd, "Change to group/activity", "movement of forces", "security measures", "change to group/activity",
                "troop movement", "troop movements", "change to armed group", "change to group", "new armed group");
        label(sd, "Other", "displacement", "non-violent activity", "other");
        label(sd, "Looting/property destruction", "property destruction", "looting", "looting/property destruction",
                "land seizure");
        label(sd, "Disrupted weapons use", "interception", "weapons seizure", "disrupted weapons use", "detonation",
                "defusal", "defused explosive");
        label(sd, "Arrests", "arrests", "arrest");
        label(sd, "Headquarters or base established", "headquarters or base established", "base established",
                "headquarters established");
        label(sd, "Agreement", "agreement");
        label(sd, "Non-violent transfer of territory", "non-violent transfer of territory");
    }

    /** The coding a label of up to {@value #MAX_WORDS} words before a colon at the sentence start names, or null. */
    static Triggers.Trigger at(Tokens t, int st, int en) {
        long key = 0;
        for (int k = st; k < Math.min(en, st + MAX_WORDS); k++) {
            if (!t.is(k, Tokens.ALPHA)) return null;
            key = k == st ? t.hash[k] : NameKey.combine(key, t.hash[k]);
            if (k + 1 < en && (t.gap[k + 1] & Tokens.G_COLON) != 0) {
                int i = LABELS.get(key);
                return i == 0 ? null : CODINGS.get(i - 1);
            }
        }
        return null;
    }

    static boolean isLabel(Triggers.Trigger tr) { return tr.priority() == PRIORITY; }
}
