package kz.migration.quota.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.quota.QuotaThresholdReached;
import kz.migration.common.outbox.Outbox;
import kz.migration.quota.config.QuotaConfig;
import kz.migration.quota.domain.AlertThresholds;
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
        AlertThresholds thresholds = new AlertThresholds(config.alertThresholds());
        for (int threshold : thresholds.toAnnounce(balance.alertLevel(), balance.utilisationPercent())) {
            outbox.append(balance.key().aggregateId(),
                    new QuotaThresholdReached(balance.key().year(), balance.key().region(),
                            balance.key().category().name(), threshold, balance.allocated(), balance.reserved(),
                            balance.used(), clock.instant()));
        }
        int level = thresholds.level(balance.utilisationPercent());
        if (level != balance.alertLevel()) {
            repository.setAlertLevel(balance.key(), level);
        }
    }
}
