package io.portico.persistence.shared;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL's foreign key violation behind whatever wraps it, as {@link UniqueViolation} does. */
public final class ForeignKeyViolation {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeyViolation() {
    }

    /** The name of the violated foreign key, if {@code failure} is a foreign key violation. */
    public static Optional<String> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(sql instanceof PSQLException psql
                        ? Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint).orElse("")
                        : "");
            }
        }
        return Optional.empty();
    }
}
