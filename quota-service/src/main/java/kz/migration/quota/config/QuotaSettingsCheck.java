package kz.migration.quota.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/** A setting out of bounds stops the start-up, every such setting named. */
@ApplicationScoped
public class QuotaSettingsCheck {

    void checkSettings(@Observes StartupEvent start, QuotaConfig config) {
        config.check().orStop();
    }
}
