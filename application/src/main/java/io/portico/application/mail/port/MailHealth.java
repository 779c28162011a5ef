package io.portico.application.mail.port;

/**
 * Item 11: mail delivery health for admins — mails waiting in the outbox (new, or failed and due again) and
 * mails given up on (the undeliverable list on Home).
 */
public record MailHealth(long queued, long failed) {

    public MailHealth {
        if (queued < 0 || failed < 0) {
            throw new IllegalArgumentException("queued " + queued + ", failed " + failed);
        }
    }
}
