package io.portico.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Recognises PostgreSQL's unique violation behind whatever wraps it: jOOQ's exception in plain use,
 * Spring's {@code DuplicateKeyException} when Spring Boot's jOOQ exception translator is on.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** The name of the violated constraint or unique index, if {@code failure} is a unique violation. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(constraint(sql));
            }
        }
        return Optional.empty();
    }

    private static String constraint(SQLException sql) {
        return sql instanceof PSQLException psql
                ? Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint).orElse("")
                : "";
    }
}
