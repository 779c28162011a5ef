package io.portico.domain.firm;

import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.InvalidInputException;
import io.portico.domain.shared.Language;
import io.portico.domain.shared.PostalAddress;
import io.portico.domain.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * How the firm presents itself to its clients (issue 11, item 7): on every portal page and in every client mail.
 * Also the language of clients whose contact has none (item 3), and whether the firm gets a copy of every mail
 * sent to a client (C4). {@code hasLogo} says whether a {@link FirmLogo} is stored; {@code version} guards
 * against two admins overwriting each other.
 */
public record FirmIdentity(FirmName name, AccentColor accent, PostalAddress address, String phone,
                           Optional<EmailAddress> replyTo, Language language, boolean copyClientMails,
                           Optional<EmailAddress> copyAddress, boolean hasLogo, long version) {

    public FirmIdentity {
        Objects.requireNonNull(name, "name");
        accent = accent == null ? AccentColor.DEFAULT : accent;
        address = address == null ? PostalAddress.NONE : address;
        phone = phone == null || phone.isBlank() ? "" : Require.text("phone", phone, 50);
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(copyAddress, "copyAddress");
        if (copyClientMails && copyAddress.isEmpty() && replyTo.isEmpty()) {
            throw new InvalidInputException("copyAddress", "firm.copy-address-required");
        }
    }

    /** A new firm's identity: its name, everything else as Portico's defaults. */
    public static FirmIdentity named(FirmName name) {
        return new FirmIdentity(name, AccentColor.DEFAULT, PostalAddress.NONE, "", Optional.empty(), Language.EN, false,
                Optional.empty(), false, 0);
    }

    /** C4: where the copy of a client mail goes — the address beside the switch, else the reply-to — or none while off. */
    public Optional<EmailAddress> copyRecipient() {
        return copyClientMails ? copyAddress.or(() -> replyTo) : Optional.empty();
    }

    public FirmIdentity withLogo(boolean logo) {
        return new FirmIdentity(name, accent, address, phone, replyTo, language, copyClientMails, copyAddress, logo, version);
    }

    public FirmIdentity withVersion(long newVersion) {
        return new FirmIdentity(name, accent, address, phone, replyTo, language, copyClientMails, copyAddress, hasLogo, newVersion);
    }
}
