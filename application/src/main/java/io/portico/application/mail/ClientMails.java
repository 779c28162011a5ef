package io.portico.application.mail;

import io.portico.application.mail.port.out.MailTemplate;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.shared.port.out.Links;
import io.portico.application.shared.port.out.LoadFirmIdentityPort;
import io.portico.domain.firm.FirmIdentity;
import io.portico.domain.shared.EmailAddress;
import io.portico.domain.shared.PostalAddress;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a mail to a client carries of the firm (issue 11, items 6 and 7): its identity in the shared frame
 * ({@code firm} in the model: name, logoUrl, accent, address, phone, replyTo), replies going to the firm, and
 * the firm's copy (C4). The identity is read for each mail, so a rename shows in the next one.
 */
final class ClientMails {

    /** Mails carrying the recipient's own one-time link: a copy would let whoever reads the firm's box use it. */
    private static final Set<MailTemplate> PERSONAL_LINKS = Set.of(MailTemplate.PORTAL_INVITATION,
            MailTemplate.PORTAL_SIGNUP_VERIFICATION, MailTemplate.PORTAL_PASSWORD_RESET, MailTemplate.INVITATION_REMINDER);

    /** The model entry of C3's banner link (client notifications and digests). */
    static final String ACTIVATION_LINK = "activationLink";

    private final LoadFirmIdentityPort firm;
    private final Links links;

    ClientMails(LoadFirmIdentityPort firm, Links links) {
        this.firm = firm;
        this.links = links;
    }

    /** The identity client mails are framed with; empty before setup. */
    Optional<FirmIdentity> identity() {
        return firm.identity();
    }

    Map<String, Object> framed(Map<String, Object> model, FirmIdentity identity) {
        var firmModel = new HashMap<String, Object>();
        firmModel.put("name", identity.name().value());
        firmModel.put("logoUrl", identity.hasLogo() ? links.firmLogo(identity.version()) : null);
        firmModel.put("accent", identity.accent().value());
        firmModel.put("address", oneLine(identity.address()));
        firmModel.put("phone", identity.phone());
        firmModel.put("replyTo", identity.replyTo().map(EmailAddress::value).orElse(""));
        var framed = new LinkedHashMap<>(model);
        framed.put("firm", firmModel);
        return framed;
    }

    OutgoingMail repliesToFirm(OutgoingMail mail, FirmIdentity identity) {
        return identity.replyTo().map(mail::withReplyTo).orElse(mail);
    }

    /**
     * C4: the firm's copy of the mail, if it asked for copies and the mail is one it may see — not one carrying the
     * recipient's own link, whether the template always does or a notification's activation banner (C3) does.
     */
    Optional<OutgoingMail> copy(MailTemplate template, Map<String, Object> model, OutgoingMail mail, FirmIdentity identity) {
        if (PERSONAL_LINKS.contains(template) || !String.valueOf(model.getOrDefault(ACTIVATION_LINK, "")).isEmpty()) {
            return Optional.empty();
        }
        return identity.copyRecipient().filter(copyTo -> !copyTo.equals(mail.to())).map(mail::to);
    }

    private static String oneLine(PostalAddress address) {
        return Stream.of(address.street(), (address.postalCode() + " " + address.city()).strip(), address.region(), address.country())
                .filter(part -> !part.isBlank()).collect(Collectors.joining(", "));
    }
}
