package kz.migration.quota.service;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.quota.api.QuotaProjectionView;
import kz.migration.quota.api.QuotaSimulationRequest;
import kz.migration.quota.api.QuotaSimulationView;
import kz.migration.quota.domain.CategoryShares;
import kz.migration.quota.domain.QuotaPlan;
import kz.migration.quota.domain.QuotaProjection;
import kz.migration.quota.domain.QuotaSimulation;
import kz.migration.quota.domain.Reallocation;
import kz.migration.quota.repository.QuotaRepository;

/**
 * The what-if simulator: reads the year's plan, applies the hypothetical change to a copy (judged like a real
 * decision) and projects it. It writes nothing: no balance, ledger row, decision, event or audit record.
 */
@ApplicationScoped
public class QuotaSimulationService {

    @Inject
    QuotaRepository repository;

    @Inject
    QuotaProjectionService projections;

    @Transactional
    public QuotaSimulationView simulate(QuotaSimulationRequest request) {
        QuotaPlan plan = repository.findPlan(request.year());
        List<CategoryShares> revision = request.plan() == null
                ? List.of()
                : request.plan().stream().map(c -> new CategoryShares(c.category(), c.national(),
                        c.regions().stream().map(r -> new CategoryShares.Share(r.region(), r.allocated())).toList()))
                        .toList();
        List<Reallocation> reallocations = request.reallocations() == null
                ? List.of()
                : request.reallocations().stream().map(r -> new Reallocation(request.year(), r.category(),
                        r.fromRegion(), r.toRegion(), r.units())).toList();
        QuotaPlan hypothetical = QuotaSimulation.hypothetical(plan, revision, reallocations,
                MinistryDecisions::belowCommitted);
        QuotaProjectionService.Projected projected = projections.project(hypothetical);
        return new QuotaSimulationView(plan.year(), plan.etag(), projected.asOf(), QuotaProjection.method(),
                new QuotaSimulationView.Seasonality(
                        Arrays.stream(projected.profile().shares()).map(s -> Math.round(s * 10_000) / 10_000.0)
                                .boxed().toList(),
                        projected.profile().years()),
                projected.projections().stream().map(QuotaProjectionView::of).toList());
    }
}
