package dev.conflictstream.enrich.geo;

/** The shipped gazetteer, loaded once per test JVM (about a second). */
public final class TestGazetteer {
    private static Gazetteer instance;

    private TestGazetteer() {}

    public static synchronized Gazetteer get() {
        if (instance == null) instance = Gazetteer.loadDefault();
        return instance;
    }
}
