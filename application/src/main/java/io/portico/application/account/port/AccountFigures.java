package io.portico.application.account.port;

import io.portico.domain.account.AccountType;
import java.util.EnumMap;
import java.util.Map;

/**
 * Item 11: the Home dashboard's account figures over the accounts a member may see: how many of each type, and
 * how many in each portal status — as the account list's filter counts them, so an account with one activated
 * and one pending address counts as both ACTIVE and PENDING_ACTIVATION.
 */
public record AccountFigures(Map<AccountType, Long> byType, Map<PortalStatus, Long> byPortalStatus) {

    public AccountFigures {
        byType = complete(byType, AccountType.class);
        byPortalStatus = complete(byPortalStatus, PortalStatus.class);
    }

    public long total() {
        return byType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every key present, none counted below zero: a missing key counts 0. */
    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> keys) {
        Map<K, Long> all = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            long count = counts.getOrDefault(key, 0L);
            if (count < 0) {
                throw new IllegalArgumentException(key + " " + count);
            }
            all.put(key, count);
        }
        return Map.copyOf(all);
    }
}
