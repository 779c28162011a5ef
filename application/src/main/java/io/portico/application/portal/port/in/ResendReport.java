package io.portico.application.portal.port.in;

import io.portico.domain.shared.EmailAddress;
import java.util.List;

/** B3: how many links went out, and why each of the others did not. */
public record ResendReport(int sent, List<Failure> failures) {

    public ResendReport {
        failures = List.copyOf(failures);
    }

    /** An address that got no link: the reason as an error message key with its arguments. */
    public record Failure(EmailAddress email, String messageKey, List<Object> arguments) {

        public Failure {
            arguments = List.copyOf(arguments);
        }
    }
}
