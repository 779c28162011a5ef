package io.portico.ui.support;

/**
 * Properties that give a Spring test context its own new embedded database, so tests that need
 * "no firm yet" never see another test's firm.
 */
public final class FreshDatabase {

    public static final String DATA_DIR = "portico.data-dir=${java.io.tmpdir}/portico-test-${random.uuid}";
    public static final String NO_SCHEDULED_MAIL = "portico.mail.dispatch.enabled=false";

    private FreshDatabase() {
    }
}
