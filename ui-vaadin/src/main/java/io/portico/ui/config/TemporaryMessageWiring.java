package io.portico.ui.config;

import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** TEMPORARY, until part C's SendMessageUseCase is merged: records each call and answers a message id per account. */
@Configuration(proxyBeanMethods = false)
class TemporaryMessageWiring {

    static final List<SendMessageCommand> CALLS = new CopyOnWriteArrayList<>();

    @Bean
    SendMessageUseCase sendMessage() {
        return command -> {
            CALLS.add(command);
            Map<AccountId, MessageId> sent = new LinkedHashMap<>();
            command.accounts().forEach(account -> sent.put(account, MessageId.random()));
            return sent;
        };
    }
}
