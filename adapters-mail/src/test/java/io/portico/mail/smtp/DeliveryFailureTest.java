package io.portico.mail.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class DeliveryFailureTest {

    @Test
    void names_a_refused_recipient_with_the_server_reply() {
        Map<Object, Exception> failed = new LinkedHashMap<>();
        failed.put("message", new SendFailedException("Invalid Addresses", new MessagingException("550 5.1.1 <ghost@studio.example>: user unknown")));

        assertThat(DeliveryFailure.describe(new MailSendException(failed)))
                .isEqualTo("Invalid Addresses (550 5.1.1 <ghost@studio.example>: user unknown)");
    }

    @Test
    void gives_the_server_reply_when_authentication_fails() {
        var e = new MailAuthenticationException(new MessagingException("535 5.7.8 Authentication credentials invalid"));

        assertThat(DeliveryFailure.describe(e)).isEqualTo("535 5.7.8 Authentication credentials invalid");
    }
}
