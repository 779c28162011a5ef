package io.portico.domain.message;

import io.portico.domain.portal.PortalUserId;
import io.portico.domain.staff.StaffId;
import java.util.Objects;

/** Who wrote a message: a staff member of the firm, or a client in the portal. */
public sealed interface MessageSender {

    /** Whether the message is the firm's: those are the ones clients read, and whose mails have deliveries. */
    boolean isFirm();

    record Staff(StaffId id) implements MessageSender {

        public Staff {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public boolean isFirm() {
            return true;
        }
    }

    record Client(PortalUserId id) implements MessageSender {

        public Client {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public boolean isFirm() {
            return false;
        }
    }
}
