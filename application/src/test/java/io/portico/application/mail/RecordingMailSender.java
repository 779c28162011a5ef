package io.portico.application.mail;

import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what it is asked to send; can play a mail server that is down. */
public final class RecordingMailSender implements SendMailPort {

    private final List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public void serverDown(boolean down) {
        this.down = down;
    }

    @Override
    public void send(OutgoingMail mail) {
        if (down) {
            throw new MailDeliveryException("Connection refused", null);
        }
        sent.add(mail);
    }

    public List<OutgoingMail> sent() {
        return List.copyOf(sent);
    }
}
