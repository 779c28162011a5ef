package io.portico.ui.config;

import io.portico.application.mail.MailStatusService;
import io.portico.application.mail.port.out.CapturedMailPort;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.staff.Administrators;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What admins see of mail. The Dev mailbox exists only when the embedded mail server runs AND the
 * development switch {@code portico.dev-mode} is on: a production that merely lacks an SMTP host must not
 * show the reset and invitation links it caught (issue 10, item 17). {@code spring-boot:run} turns it on.
 */
@Configuration(proxyBeanMethods = false)
class DevMailboxConfiguration {

    @Bean
    MailStatusService mailStatus(MailOutboxPort outbox, Optional<CapturedMailPort> embedded, Administrators administrators,
                                 @Value("${portico.dev-mode:false}") boolean developing) {
        return new MailStatusService(outbox, embedded.filter(running -> developing), administrators::administers);
    }
}
