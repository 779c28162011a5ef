package io.portico.ui.bench;

import io.portico.application.mail.MailDispatcher;
import io.portico.application.mail.RetryPolicy;
import io.portico.application.mail.port.CapturedMail;
import io.portico.application.mail.port.out.MailOutboxPort;
import io.portico.application.mail.port.out.OutgoingMail;
import io.portico.application.mail.port.out.SendMailPort;
import io.portico.application.shared.port.out.Transactions;
import io.portico.domain.shared.EmailAddress;
import io.portico.mail.embedded.EmbeddedMailServer;
import io.portico.ui.PorticoApplication;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 11, Speed: outbox delivery to the embedded SMTP server (GreenMail, the app's dev mail server), on the
 * app's own beans (PostgreSQL outbox, SMTP sender) in a fresh embedded database. Prints mails per second with
 * one dispatcher, then with two dispatchers at once, and how often each mail arrived (counted at the SMTP
 * server: it must be exactly once). A tool, not a test: it prints figures and never fails.
 *
 * <p>{@code -Dportico.mails} (default 2000) mails per run.
 */
public final class OutboxDeliveryBenchmark {

    private OutboxDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int mails = Integer.getInteger("portico.mails", 2000);
        var dataDir = Files.createTempDirectory("portico-outbox-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PorticoApplication.class)
                .properties("portico.data-dir=" + dataDir, "portico.mail.dispatch.enabled=false", "portico.jobs.enabled=false",
                        "server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run()) {
            var bench = new Bench(app);
            bench.warmUp();
            System.out.println();
            System.out.println("Outbox delivery to the embedded SMTP server, " + mails + " mails per run");
            bench.report("one dispatcher", bench.run(mails, 1));
            bench.report("two dispatchers", bench.run(mails, 2));
        }
    }

    private record Result(int mails, Duration took, int received, int distinct, long more) {
    }

    private static final class Bench {

        private final MailOutboxPort outbox;
        private final SendMailPort smtp;
        private final Transactions transactions;
        private final EmbeddedMailServer server;

        Bench(ConfigurableApplicationContext app) {
            outbox = app.getBean(MailOutboxPort.class);
            smtp = app.getBean(SendMailPort.class);
            transactions = app.getBean(Transactions.class);
            server = app.getBean(EmbeddedMailServer.class);
        }

        void warmUp() throws Exception {
            run(200, 1);
        }

        Result run(int mails, int dispatchers) throws Exception {
            String run = UUID.randomUUID().toString().substring(0, 8);
            queue(mails, run);
            var start = new CountDownLatch(1);
            List<CompletableFuture<Void>> nodes = new ArrayList<>();
            for (int node = 0; node < dispatchers; node++) {
                var dispatcher = new MailDispatcher(outbox, smtp, transactions, RetryPolicy.DEFAULT, Clock.systemUTC());
                nodes.add(CompletableFuture.runAsync(() -> {
                    await(start);
                    while (dispatcher.dispatchDue() > 0) {
                        // until the outbox is empty
                    }
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (var node : nodes) {
                node.get();
            }
            var took = Duration.ofNanos(System.nanoTime() - began);
            Map<String, Long> bySubject = server.all().stream().map(CapturedMail::subject).filter(s -> s.endsWith(" of " + run))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            long received = bySubject.values().stream().mapToLong(Long::longValue).sum();
            long more = bySubject.values().stream().filter(count -> count > 1).count();
            return new Result(mails, took, (int) received, bySubject.size(), more);
        }

        private void queue(int mails, String run) {
            int perTransaction = 500;
            for (int first = 0; first < mails; first += perTransaction) {
                int from = first;
                transactions.inTransaction(() -> {
                    for (int i = from; i < Math.min(mails, from + perTransaction); i++) {
                        outbox.enqueue(new OutgoingMail(new EmailAddress("client" + i + "@bench.example"), "Mail " + i + " of " + run,
                                "<p>Dear client,</p><p>your documents are ready.</p>", "Dear client,\n\nyour documents are ready."),
                                java.time.Instant.now());
                    }
                });
            }
        }

        void report(String label, Result r) {
            double perSecond = r.mails() / (r.took().toNanos() / 1e9);
            System.out.printf("  %-16s %6.0f mails/s  (%d mails in %d ms); at the SMTP server: %d received, %d distinct, %d more than once%n",
                    label, perSecond, r.mails(), r.took().toMillis(), r.received(), r.distinct(), r.more());
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
