package io.portico.ui.config;

import io.portico.mail.embedded.EmbeddedMailServer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * With no {@code spring.mail.host}, mail goes to an embedded SMTP + IMAP server whose messages
 * admins read in the Dev mailbox; Boot's mail sender configuration then backs off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer() {
        return EmbeddedMailServer.start();
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }
}
