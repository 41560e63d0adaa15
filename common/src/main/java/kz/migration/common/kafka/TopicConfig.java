package kz.migration.common.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.kafka.topics")
public interface TopicConfig {

    /** Partitions of each event topic created at start-up; the key (aggregate id) keeps one aggregate in order. */
    @WithDefault("6")
    int partitions();

    /** 1 for the local stack; 3 in production (docker-compose and k8s set it). */
    @WithDefault("1")
    short replicationFactor();
}
