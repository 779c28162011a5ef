package io.portico.ui.support;

import io.portico.application.email.RecordingEmailStore;
import io.portico.application.mailbox.port.out.MailboxPort;
import io.portico.domain.mailbox.Mailbox;
import io.portico.domain.mailbox.MailboxId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stand-ins, on the compose-documents branch only, for the two ports other parts of issue 13 implement: the mailboxes
 * (part A, Settings → Mailboxes) and the store of synced mail (part B2). Delete this class when those adapters are merged.
 */
@Configuration(proxyBeanMethods = false)
public class ComposeBranchSeams {

    /** The firm's mailboxes, which a test may empty. */
    public static final class Mailboxes implements MailboxPort {

        private final List<Mailbox> mailboxes = new ArrayList<>();

        @Override
        public synchronized void add(Mailbox mailbox, Instant at) {
            mailboxes.add(mailbox);
        }

        @Override
        public synchronized Optional<Mailbox> find(MailboxId id) {
            return mailboxes.stream().filter(mailbox -> mailbox.id().equals(id)).findFirst();
        }

        @Override
        public synchronized List<Mailbox> all() {
            return mailboxes.stream().sorted(Comparator.comparing(Mailbox::name)).toList();
        }

        public synchronized void clear() {
            mailboxes.clear();
        }
    }

    @Bean
    Mailboxes branchMailboxes() {
        return new Mailboxes();
    }

    @Bean
    RecordingEmailStore branchEmailStore() {
        return new RecordingEmailStore();
    }
}
