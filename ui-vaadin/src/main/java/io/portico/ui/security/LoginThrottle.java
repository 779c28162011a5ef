package io.portico.ui.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per address (against guessing one person's password) and per client IP
 * (against trying many addresses). Buckets refill over time; idle ones are forgotten.
 */
@Component
public class LoginThrottle {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    private final int failuresPerAddress;
    private final int failuresPerIp;
    private final Duration window;

    LoginThrottle(@Value("${portico.login.failures-per-address:5}") int failuresPerAddress,
                  @Value("${portico.login.failures-per-ip:50}") int failuresPerIp,
                  @Value("${portico.login.window:15m}") Duration window) {
        this.failuresPerAddress = failuresPerAddress;
        this.failuresPerIp = failuresPerIp;
        this.window = window;
    }

    public boolean allows(String email, String ip) {
        return address(email).getAvailableTokens() > 0 && ip(ip).getAvailableTokens() > 0;
    }

    public void failed(String email, String ip) {
        address(email).tryConsume(1);
        ip(ip).tryConsume(1);
    }

    private Bucket address(String email) {
        return bucket("address:" + String.valueOf(email).strip().toLowerCase(Locale.ROOT), failuresPerAddress);
    }

    private Bucket ip(String ip) {
        return bucket("ip:" + ip, failuresPerIp);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
                .build());
    }
}
