import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;
import org.slf4j.LoggerFactory;

/**
 * Build step (generate-sources): generates the jOOQ classes from the Flyway migrations.
 * jOOQ's DDLDatabase cannot parse PostgreSQL-only DDL such as {@code gin_trgm_ops} indexes, so the
 * migrations run on a throw-away embedded PostgreSQL and jOOQ reads the live schema.
 *
 * <p>Run by the Java source launcher with the module's test classpath:
 * {@code java -cp … JooqCodegen.java <migrations dir> <output dir>}.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: JooqCodegen <migrations dir> <output dir>");
        }
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        quietLogging();

        // A directory of its own: zonky deletes "stale" data directories under java.io.tmpdir/embedded-pg.
        Path dataDirectory = Files.createTempDirectory("portico-jooq-codegen-");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            GenerationTool.generate(configuration(postgres.getJdbcUrl("postgres", "postgres"), output));
        } finally {
            dataDirectory.toFile().delete(); // left if zonky could not empty it; never hides the real failure
        }
        System.out.println("jOOQ classes generated from " + migrations + " into " + output);
    }

    private static Configuration configuration(String jdbcUrl, Path output) {
        return new Configuration()
                .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history")
                                // pg_trgm brings dozens of functions the adapters never call
                                .withIncludeRoutines(false)
                                .withForcedTypes(new ForcedType()
                                        .withName("INSTANT")
                                        .withIncludeTypes("(?i:timestamp with time zone|timestamptz)")))
                        .withGenerate(new Generate()
                                // the adapters join explicitly; staff reach accounts both as team and as last
                                // editor, so the generated many-to-many paths would have clashing names
                                .withImplicitJoinPathsManyToMany(false)
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false))
                        .withTarget(new Target()
                                .withPackageName("io.portico.persistence.jooq")
                                .withDirectory(output.toString())));
    }

    /** Without a configuration file Logback logs everything at DEBUG; only problems matter here. */
    private static void quietLogging() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
