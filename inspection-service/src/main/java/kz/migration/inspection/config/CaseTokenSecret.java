package kz.migration.inspection.config;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The case-token secret. The prod profile refuses to start with the development default: anyone who knows it and a
 * case id could compute the case's token.
 */
@ApplicationScoped
public class CaseTokenSecret {

    /** The default of {@code inspection.case-token.secret} outside production. */
    public static final String DEVELOPMENT_DEFAULT = "development-only-case-token-secret-not-for-production";

    @Inject
    InspectionConfig config;

    void onStart(@Observes StartupEvent start) {
        if (ConfigUtils.getProfiles().contains("prod") && DEVELOPMENT_DEFAULT.equals(config.caseToken().secret())) {
            throw new IllegalStateException("Refusing to start the prod profile: inspection.case-token.secret is the "
                    + "development default; set REGISTRY_CASE_TOKEN_SECRET");
        }
    }

    public byte[] bytes() {
        return config.caseToken().secret().getBytes(StandardCharsets.UTF_8);
    }
}
