package io.portico.application.firm.port.in;

import io.portico.domain.firm.AccentColor;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.firm.FirmName;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.staff.StaffId;
import java.util.Objects;
import java.util.Optional;

/** Settings → Firm (issue 11, items 3, 6, 7): everything but the logo, saved against the version the form loaded. */
public record ChangeFirmIdentityCommand(StaffId actor, FirmIdentity identity) {

    public ChangeFirmIdentityCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(identity, "identity");
    }

    /** From the form's raw values, each checked on its own field; blank addresses are none. */
    public static ChangeFirmIdentityCommand of(StaffId actor, Input input) {
        return new ChangeFirmIdentityCommand(actor, new FirmIdentity(new FirmName(input.name()), new AccentColor(input.accentColor()),
                input.address(), input.phone(), optionalEmail("replyTo", input.replyTo()), Language.of("language", input.language()),
                input.copyClientMails(), optionalEmail("copyAddress", input.copyAddress()), false, input.version()));
    }

    private static Optional<EmailAddress> optionalEmail(String field, String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(EmailAddress.of(field, raw));
    }

    /** The form's fields as typed. */
    public record Input(String name, String accentColor, PostalAddress address, String phone, String replyTo, String language,
                        boolean copyClientMails, String copyAddress, long version) {
    }
}
