package io.portico.application.bulk;

import io.portico.application.message.port.in.SendMessageCommand;
import io.portico.application.message.port.in.SendMessageUseCase;
import io.portico.domain.account.AccountId;
import io.portico.domain.message.MessageId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Part C's use case as the bulk email sees it: each call recorded, accounts hidden from the sender skipped. */
final class RecordingMessages implements SendMessageUseCase {

    final List<SendMessageCommand> calls = new ArrayList<>();
    final Set<AccountId> hidden = new HashSet<>();
    private int failFromCall = Integer.MAX_VALUE;
    private Error crash;

    /** From its {@code call}th call on (counting from 1), the use case throws (a failure the worker rolls back). */
    void failFrom(int call) {
        failFromCall = call;
    }

    /** Its {@code call}th call dies like the node running it (kill -9): nothing of it is recorded. */
    void crashAt(int call, Error error) {
        failFromCall = call;
        crash = error;
    }

    @Override
    public Map<AccountId, MessageId> send(SendMessageCommand command) {
        if (calls.size() + 1 >= failFromCall) {
            if (crash != null) {
                Error dying = crash;
                crash = null;
                failFromCall = Integer.MAX_VALUE;
                throw dying;
            }
            throw new IllegalStateException("mail down");
        }
        calls.add(command);
        Map<AccountId, MessageId> sent = new LinkedHashMap<>();
        command.accounts().stream().filter(account -> !hidden.contains(account)).forEach(account -> sent.put(account, MessageId.random()));
        return sent;
    }

    List<AccountId> accountsReached() {
        return calls.stream().flatMap(call -> call.accounts().stream()).filter(account -> !hidden.contains(account)).toList();
    }
}
