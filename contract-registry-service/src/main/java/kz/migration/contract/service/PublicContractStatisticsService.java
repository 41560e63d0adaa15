package kz.migration.contract.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.YearlyPublications;
import kz.migration.common.web.CachedDocument;
import kz.migration.contract.api.PublicContractStatistics;
import kz.migration.contract.config.ContractRegistryConfig;
import kz.migration.contract.domain.PublicContractTables;
import kz.migration.contract.repository.ContractRepository;

/**
 * The public contract statistics: counted as of the end of the last full month and published as
 * {@link PublicContractTables} decide; the JSON and its ETag are kept for {@code refresh}, and for a year only while
 * the day counted stays the same.
 */
@ApplicationScoped
public class PublicContractStatisticsService {

    private final YearlyPublications published = new YearlyPublications();

    @Inject
    ContractRepository contracts;

    @Inject
    ContractRegistryConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The tables as published, as JSON. */
    @Transactional
    public CachedDocument publicStatistics(int year) {
        LocalDate asOf = PublicContractTables.asOf(year, LocalDate.now(clock)).orElse(null);
        return published.get(year, asOf, config.publicStatistics().refresh(),
                () -> CachedDocument.json(json, PublicContractStatistics.of(year, asOf, tables(year, asOf))));
    }

    /** The suppressed tables of {@code year} up to the end of {@code asOf} (none counted when it is null). */
    @Transactional
    public SuppressedChain tables(int year, LocalDate asOf) {
        ZoneId zone = clock.getZone();
        List<PublicContractTables.ContractCount> counts = List.of();
        if (asOf != null) {
            Instant from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
            counts = contracts.publicCounts(from, asOf.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return PublicContractTables.publish(counts);
    }
}
