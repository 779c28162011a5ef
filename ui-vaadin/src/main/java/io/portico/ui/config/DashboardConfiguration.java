package io.portico.ui.config;

import io.portico.application.account.AccountFiguresService;
import io.portico.application.account.Viewers;
import io.portico.application.account.port.in.AccountFiguresQuery;
import io.portico.application.account.port.out.AccountFiguresPort;
import io.portico.application.job.port.in.JobListQuery;
import io.portico.application.health.port.in.SystemHealthQuery;
import io.portico.application.portal.port.in.PendingActivationQuery;
import io.portico.ui.staff.HomeQueries;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Item 11: the figures of the Home dashboard. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    AccountFiguresService accountFigures(AccountFiguresPort figures, Viewers viewers,
                                         @Value("${portico.home.figures-fresh:30s}") Duration fresh, Clock clock) {
        return new AccountFiguresService(figures, viewers, fresh, clock);
    }

    @Bean
    HomeQueries homeQueries(AccountFiguresQuery accounts, PendingActivationQuery pending, JobListQuery jobs, SystemHealthQuery health) {
        return new HomeQueries(accounts, pending, jobs, health);
    }
}
