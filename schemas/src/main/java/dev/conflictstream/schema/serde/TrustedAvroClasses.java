package dev.conflictstream.schema.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes outside its trusted packages when decoding into
 * SpecificRecords. The generated classes of this contract live in one package; trust it once
 * per JVM, whatever entry point (service, CLI, test) loads the serde first.
 */
final class TrustedAvroClasses {
    static final String PACKAGE = "dev.conflictstream.schema.";
    private static volatile boolean installed;

    private TrustedAvroClasses() {}

    static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate current = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(current,
                type -> type.getName().startsWith(PACKAGE)));
        installed = true;
    }
}
