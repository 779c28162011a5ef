package io.portico.application.mail.port;

import java.time.Instant;
import java.util.List;

public record CapturedMail(String from, List<String> to, String subject, Instant receivedAt, String htmlBody, String textBody) {

    public CapturedMail {
        to = List.copyOf(to);
    }
}
