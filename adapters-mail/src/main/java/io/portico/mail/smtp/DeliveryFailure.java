package io.portico.mail.smtp;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

/** Why a mail could not be sent, short enough to store and show. */
final class DeliveryFailure {

    private DeliveryFailure() {
    }

    /**
     * One line for the outbox's error column and the admins' list: the reasons along the cause chain,
     * e.g. "Couldn't connect to host, port: smtp.example, 25; timeout 5000 (Connection refused)".
     * Spring's own message repeats the whole chain over several lines.
     */
    static String describe(MailException e) {
        Throwable start = e.getCause();
        if (start == null && e instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            start = send.getMessageExceptions()[0]; // a refused recipient, reported per message without a cause
        }
        if (start == null) {
            return firstLine(e);
        }
        List<String> reasons = new ArrayList<>();
        for (Throwable t = start; t != null && reasons.size() < 5; t = t.getCause()) {
            String reason = firstLine(t);
            if (!reason.isEmpty() && !reasons.contains(reason)) {
                reasons.add(reason);
            }
        }
        if (reasons.isEmpty()) {
            return start.getClass().getSimpleName();
        }
        return reasons.size() == 1
                ? reasons.getFirst()
                : reasons.getFirst() + " (" + String.join(", ", reasons.subList(1, reasons.size())) + ")";
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        int end = message.indexOf('\n');
        String line = (end < 0 ? message : message.substring(0, end)).strip();
        return line.endsWith(";") ? line.substring(0, line.length() - 1) : line;
    }
}
