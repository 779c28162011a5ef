package io.portico.ui.support;

import io.portico.application.email.RecordingEmailStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Stand-in for the store of synced mail until its jOOQ adapter is merged. Delete this class then.
 */
@Configuration(proxyBeanMethods = false)
public class ComposeBranchSeams {

    @Bean
    RecordingEmailStore branchEmailStore() {
        return new RecordingEmailStore();
    }
}
