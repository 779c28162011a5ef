package io.portico.persistence.shared;

import io.portico.application.shared.port.out.Transactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions of Spring's transaction manager, which jOOQ's connections join (Spring Boot hands jOOQ
 * a transaction-aware data source). Work already inside a transaction joins it. A runtime exception
 * from the work rolls the transaction back and reaches the caller unchanged.
 */
@Component
class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
