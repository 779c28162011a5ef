package io.portico.ui.config;

import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.persistence.embedded.EmbeddedDatabase;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One line that tells a newcomer where to go and where things live. */
@Component
class StartupBanner {

    private static final Logger LOG = LoggerFactory.getLogger(StartupBanner.class);

    private final PublicUrl publicUrl;
    private final Optional<EmbeddedDatabase> database;
    private final Optional<EmbeddedMailServer> mailServer;
    private final String datasourceUrl;
    private final String mailHost;
    private final boolean developing;

    StartupBanner(PublicUrl publicUrl, Optional<EmbeddedDatabase> database, Optional<EmbeddedMailServer> mailServer,
                  @Value("${spring.datasource.url:}") String datasourceUrl, @Value("${spring.mail.host:}") String mailHost,
                  @Value("${portico.dev-mode:false}") boolean developing) {
        this.publicUrl = publicUrl;
        this.database = database;
        this.mailServer = mailServer;
        this.datasourceUrl = datasourceUrl;
        this.mailHost = mailHost;
        this.developing = developing;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String data = database.map(db -> "embedded PostgreSQL, data in " + db.dataDirectory()).orElse("database " + withoutParameters(datasourceUrl));
        String mail = mailServer
                .map(m -> "embedded mail server (SMTP " + m.host() + ":" + m.smtpPort() + ", IMAP " + m.host() + ":" + m.imapPort()
                        + (developing ? "; read it under Dev mailbox)" : "; set spring.mail.host to send mail)"))
                .orElse("mail via SMTP " + mailHost);
        LOG.info("Portico is ready: open {} — {}; {}", publicUrl.base(), data, mail);
    }

    /** Issue 14 item 6: a JDBC URL's parameters may carry the password ("?password=…"), which no log line shows. */
    static String withoutParameters(String jdbcUrl) {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
