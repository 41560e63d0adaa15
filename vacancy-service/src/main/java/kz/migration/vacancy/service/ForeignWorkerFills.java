package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.contract.ContractRegistered;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyChange;
import kz.migration.vacancy.repository.VacancyRepository;

/** Positions taken by foreign workers whose contracts the contract registry registered. */
@ApplicationScoped
public class ForeignWorkerFills {

    private static final Logger LOG = Logger.getLogger(ForeignWorkerFills.class);

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyEvents events;

    @Inject
    Clock clock;

    /**
     * A foreign worker's contract for the vacancy was registered: one position is taken, once per contract (the
     * inbox stops a redelivered event; the fill table stops the same contract arriving under another event id).
     */
    @Transactional
    @Audited(value = "vacancy.fill-by-foreign-worker", idFrom = "vacancyId")
    public void fill(ContractRegistered contract) {
        Vacancy vacancy = vacancies.findForUpdate(contract.vacancyId()).orElse(null);
        if (vacancy == null || !vacancy.employerBin.equals(contract.employerBin())) {
            LOG.warnf("Contract %s names vacancy %s, which employer %s does not have; nothing to fill",
                    contract.contractNumber(), contract.vacancyId(), contract.employerBin());
            return;
        }
        if (vacancies.foreignFillRecorded(contract.contractId())) {
            return;
        }
        boolean filled = vacancy.fillByForeignWorker();
        vacancies.recordForeignFill(contract.contractId(), vacancy.id, contract.contractNumber(), filled,
                contract.registeredAt());
        if (filled) {
            Instant now = clock.instant();
            vacancies.record(VacancyChange.of(vacancy, List.of(), "contract:" + contract.contractNumber(), now));
            events.changed(vacancy, List.of());
            if (vacancy.closeWhenFull(now)) {
                events.closed(vacancy);
            }
        }
    }
}
