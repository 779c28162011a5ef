package io.portico.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on threads of their own, for tests of concurrent transactions. The tasks coordinate
 * with latches; the time-outs only stop a broken test from hanging, they never order anything.
 */
public final class Concurrently {

    private static final long TIMEOUT_SECONDS = 30;

    private Concurrently() {
    }

    @SafeVarargs
    public static <T> List<T> run(Callable<T>... tasks) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(tasks.length);
        try {
            List<Future<T>> futures = Arrays.stream(tasks).map(threads::submit).toList();
            var results = new ArrayList<T>();
            for (Future<T> future : futures) {
                results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Counts down, then waits for the other parties to count down too. */
    public static void arriveAndAwait(CountDownLatch latch) {
        latch.countDown();
        await(latch);
    }

    public static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .as("the other transaction got there; did it block instead?")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
