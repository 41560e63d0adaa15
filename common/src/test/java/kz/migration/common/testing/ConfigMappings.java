package kz.migration.common.testing;

import java.util.Map;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** A service's {@code @ConfigMapping} built from given properties only, without booting Quarkus. */
public final class ConfigMappings {

    private ConfigMappings() {
    }

    public static <T> T mapped(Class<T> mapping, Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withMapping(mapping)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(mapping);
    }
}
