package io.portico.persistence.shared;

import io.portico.application.shared.port.out.Transactions;
import io.portico.persistence.embedded.EmbeddedDatabase;
import io.portico.persistence.jooq.Public;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.ExceptionTranslatorExecuteListener;
import org.springframework.boot.jooq.autoconfigure.SpringTransactionProvider;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * One embedded PostgreSQL per test JVM, migrated by Flyway, with jOOQ and transactions wired as
 * Spring Boot wires them (transaction-aware data source, Spring's transaction manager, Boot's
 * exception translator), so adapters meet here what they meet in the app, without a Spring context.
 */
public final class TestPostgres {

    private static final TestPostgres INSTANCE = new TestPostgres();

    private final DataSource dataSource;
    private final DSLContext dsl;
    private final Transactions transactions;

    private TestPostgres() {
        Path dataDirectory = createTempDirectory();
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            deleteRecursively(dataDirectory);
        }, "test-postgres-stop"));
        this.dataSource = database.dataSource();
        Flyway.configure().dataSource(dataSource).load().migrate();

        var transactionManager = new DataSourceTransactionManager(dataSource);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(new DataSourceConnectionProvider(new TransactionAwareDataSourceProxy(dataSource)))
                .set(new SpringTransactionProvider(transactionManager))
                .set(new DefaultExecuteListenerProvider(ExceptionTranslatorExecuteListener.DEFAULT)));
        this.transactions = new SpringTransactions(transactionManager);
    }

    public static TestPostgres get() {
        return INSTANCE;
    }

    /** The connection pool; owned by this class, so wrap it before handing it to a Spring context that closes its beans. */
    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** The adapter's {@link Transactions}, on the same transaction manager as {@link #dsl()}. */
    public Transactions transactions() {
        return transactions;
    }

    void truncateAllTables() {
        dsl.truncate(Public.PUBLIC.getTables()).cascade().execute();
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("portico-persistence-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
