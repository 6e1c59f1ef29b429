package dev.conflictstream.enrich.extract;

/**
 * Every word class of a token in one 64-bit word, looked up once per token ({@link Tokens#classify()}), so the
 * rules that ask each token of a sentence whether it is one of their words test a bit instead of each probing
 * a hash table of their own: the {@link Lexicon} classes in the low 32 bits and, above them, membership of the
 * word sets those rules own.
 *
 * <p>The sets stay next to their rules, where a reader looks for them; this table copies their keys once,
 * when it loads, so a bit is set exactly when the set's own {@code get} would find the word.
 */
final class TokenWords {
    /** {@link PlaceFinder#CONNECTOR}: a lower-case word inside a place name ("of", "al"). */
    static final long CONNECTOR = 1L << 32;
    /** {@link Triggers#SINGLE}: a one-word trigger ("killed"). */
    static final long TRIGGER_SINGLE = 1L << 33;
    /** {@link Casualties#RISE}: a toll's verb ("rose", "climbed"). */
    static final long RISE = 1L << 34;
    /** {@link Numbers#UNITS}, {@link Numbers#TENS} or {@link Numbers#VAGUE}: a number word ("three", "dozens"). */
    static final long NUMBER_WORD = 1L << 35;
    /** {@link Extractor#DEATH}: a death stated without a number. */
    static final long DEATH = 1L << 36;
    /** {@link Lexicon#month}: a month's name or abbreviation. */
    static final long MONTH_NAME = 1L << 37;
    /** {@link Lexicon#weekday}: a weekday's name. */
    static final long WEEKDAY_NAME = 1L << 38;
    /** {@link Casualties#LOST}: "lost 12 soldiers". */
    static final long LOST = 1L << 39;
    /** {@link Casualties#QUALIFIER}: a word around a number ("at least", "more than"). */
    static final long QUALIFIER = 1L << 40;
    /** {@link Triggers#PAIR_FIRST}: the first word of a two-word trigger ("opened" fire). */
    static final long TRIGGER_PAIR = 1L << 41;
    /** {@link Triggers#NEAR_HEAD}: the head word of a near trigger ("set" ... "base"). */
    static final long TRIGGER_NEAR = 1L << 42;
    /** The first word of some trigger: a single, a pair's first word or a near head. */
    static final long TRIGGER_START = TRIGGER_SINGLE | TRIGGER_PAIR | TRIGGER_NEAR;
    /** {@link EventTyping#MILITARY_PERSON}: an armed person or unit ("soldiers", "patrol"). */
    static final long MILITARY_PERSON = 1L << 43;
    /** {@link EventTyping#CIVILIAN_TARGET}: a civilian place or person beyond the Lexicon's ("village", "driver"). */
    static final long CIVILIAN_TARGET = 1L << 44;
    /** {@link EventTyping#VICTIM_END}: a preposition that ends a victim's noun phrase ("at", "during"). */
    static final long VICTIM_END = 1L << 45;
    /** {@link EventTyping#LEADER}: "leader", "chief". */
    static final long LEADER = 1L << 46;
    /** {@link Extractor#ADDITIVE}: a word that adds a toll to an earlier one. */
    static final long ADDITIVE = 1L << 47;

    /** {@link Dates#CUE}: a word a date rule reads ("yesterday", "week", "since"). */
    static final long DATE_WORD = 1L << 55;
    /** A word {@link Dates#find} acts on, a number aside: a date word, a month's or a weekday's name. */
    static final long DATE_CUE = DATE_WORD | MONTH_NAME | WEEKDAY_NAME;

    /** {@link Casualties#FIND_CUE}: a word the figure rules read besides a death or injury word ("casualties", "body"). */
    static final long FIGURE_CUE = 1L << 56;
    /** {@link Casualties#BE}: a form of "be". */
    static final long BE = 1L << 57;
    /** {@link Casualties#AGGREGATE_CUE}: a word that may make a sentence's toll a tally ("since", "total", "nationwide"). */
    static final long AGGREGATE_CUE = 1L << 58;

    /** A month's number ({@link Lexicon#month}, 1..12) in the four bits from here, 0 for no month. */
    private static final int MONTH_SHIFT = 48;
    /** A weekday's number ({@link Lexicon#weekday}, 1..7) in the three bits from here, 0 for no weekday. */
    private static final int WEEKDAY_SHIFT = 52;

    private static final LongIntMap TABLE = new LongIntMap();

    static {
        Lexicon.WORDS.forEachKey(h -> TABLE.orLong(h, Lexicon.classes(h) & 0xFFFFFFFFL));
        add(CONNECTOR, PlaceFinder.CONNECTOR);
        add(TRIGGER_SINGLE, Triggers.SINGLE);
        add(TRIGGER_PAIR, Triggers.PAIR_FIRST);
        add(TRIGGER_NEAR, Triggers.NEAR_HEAD);
        add(RISE, Casualties.RISE);
        add(NUMBER_WORD, Numbers.UNITS);
        add(NUMBER_WORD, Numbers.TENS);
        add(NUMBER_WORD, Numbers.VAGUE);
        add(DEATH, Extractor.DEATH);
        add(MONTH_NAME, Lexicon.MONTH_NO);
        Lexicon.MONTH_NO.forEachKey(h -> TABLE.orLong(h, (long) Lexicon.month(h) << MONTH_SHIFT));
        add(WEEKDAY_NAME, Lexicon.WEEKDAY_NO);
        Lexicon.WEEKDAY_NO.forEachKey(h -> TABLE.orLong(h, (long) Lexicon.weekday(h) << WEEKDAY_SHIFT));
        add(LOST, Casualties.LOST);
        add(QUALIFIER, Casualties.QUALIFIER);
        add(MILITARY_PERSON, EventTyping.MILITARY_PERSON);
        add(CIVILIAN_TARGET, EventTyping.CIVILIAN_TARGET);
        add(VICTIM_END, EventTyping.VICTIM_END);
        add(LEADER, EventTyping.LEADER);
        add(ADDITIVE, Extractor.ADDITIVE);
        add(DATE_WORD, Dates.CUE);
        add(FIGURE_CUE, Casualties.FIND_CUE);
        add(BE, Casualties.BE);
        add(AGGREGATE_CUE, Casualties.AGGREGATE_CUE);
    }

    private TokenWords() {}

    private static void add(long bit, LongIntMap set) {
        set.forEachKey(h -> TABLE.orLong(h, bit));
    }

    /** All classes of a word (token hash), as bits; 0 for a word in no class. */
    static long of(long hash) { return TABLE.getLong(hash); }

    /** The {@link Lexicon} classes in a word's bits: {@link Lexicon#classes} of the word. */
    static int lexicon(long bits) { return (int) bits; }

    /** {@link Lexicon#month} of a word, from its bits. */
    static int month(long bits) { return (int) (bits >>> MONTH_SHIFT) & 0xF; }

    /** {@link Lexicon#weekday} of a word, from its bits. */
    static int weekday(long bits) { return (int) (bits >>> WEEKDAY_SHIFT) & 0x7; }

    /** A word's bits without its {@link Lexicon} classes. */
    static long withoutLexicon(long bits) { return bits & ~0xFFFFFFFFL; }
}
