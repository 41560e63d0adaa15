package kz.migration.quota.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.quota.QuotaThresholdReached;
import kz.migration.common.outbox.Outbox;
import kz.migration.quota.config.QuotaConfig;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.repository.QuotaRepository;

/**
 * Announces when a balance's utilisation passes a threshold (80% and 100% by default), once per upward crossing:
 * the highest announced threshold is kept on the row and lowered again when utilisation falls back below it.
 * Runs in the transaction that moved the balance, which holds the row lock, so concurrent movements cannot both
 * announce the same crossing.
 */
@ApplicationScoped
public class ThresholdAlerts {

    @Inject
    QuotaRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    QuotaConfig config;

    @Inject
    Clock clock;

    public void review(Balance balance) {
        List<Integer> thresholds = config.alertThresholds().stream().sorted().toList();
        int utilisation = balance.utilisationPercent();
        int reached = thresholds.stream().filter(t -> t <= utilisation).reduce((a, b) -> b).orElse(0);
        if (reached == balance.alertLevel()) {
            return;
        }
        for (int threshold : thresholds) {
            if (threshold > balance.alertLevel() && threshold <= reached) {
                outbox.append(balance.key().aggregateId(),
                        new QuotaThresholdReached(balance.key().year(), balance.key().region(),
                                balance.key().category().name(), threshold, balance.allocated(), balance.reserved(),
                                balance.used(), clock.instant()));
            }
        }
        repository.setAlertLevel(balance.key(), reached);
    }
}
