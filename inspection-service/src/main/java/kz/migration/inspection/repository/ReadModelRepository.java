package kz.migration.inspection.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import kz.migration.inspection.domain.ContractSalary;
import kz.migration.inspection.domain.ContractView;
import kz.migration.inspection.domain.PermitView;

/** The read-models of contracts and permits (fed by contract.events and permit.events) and what is asked of them. */
@ApplicationScoped
public class ReadModelRepository {

    @Inject
    EntityManager em;

    public Optional<ContractView> contract(String contractNumber) {
        return Optional.ofNullable(em.find(ContractView.class, contractNumber));
    }

    public Optional<ContractView> lockContract(String contractNumber) {
        return Optional.ofNullable(em.find(ContractView.class, contractNumber, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<PermitView> permit(String permitNumber) {
        return permitNumber == null ? Optional.empty() : Optional.ofNullable(em.find(PermitView.class, permitNumber));
    }

    public Optional<PermitView> lockPermit(String permitNumber) {
        return Optional.ofNullable(em.find(PermitView.class, permitNumber, LockModeType.PESSIMISTIC_WRITE));
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /** The contract a permit backs now: the latest one not terminated, else the latest one. */
    public Optional<ContractView> currentContractOf(String permitNumber) {
        return em.createQuery("""
                from ContractView where permitNumber = :permit order by terminated asc, registeredAt desc""",
                ContractView.class).setParameter("permit", permitNumber).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Every contract of the worker: those naming the passport, and those on the worker's permits. */
    public List<ContractView> contractsOfWorker(String passport, List<String> permitNumbers) {
        return em.createQuery("""
                from ContractView where workerDocumentNumber = :passport
                   or (workerDocumentNumber is null and permitNumber in :permits)
                order by startDate, contractNumber""", ContractView.class)
                .setParameter("passport", passport)
                .setParameter("permits", permitNumbers.isEmpty() ? List.of("-") : permitNumbers).getResultList();
    }

    public List<PermitView> permitsOfWorker(String passport) {
        return em.createQuery("from PermitView where workerDocumentNumber = :passport order by validFrom",
                PermitView.class).setParameter("passport", passport).getResultList();
    }

    /** Records the salary in force from {@code effectiveOn}; a later event for the same day replaces it. */
    public void recordSalary(String contractNumber, LocalDate effectiveOn, BigDecimal salary, String currency) {
        em.createNativeQuery("""
                insert into contract_salary (id, contract_number, effective_on, salary, currency)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (contract_number, effective_on) do update set salary = excluded.salary,
                    currency = excluded.currency""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, contractNumber).setParameter(3, effectiveOn)
                .setParameter(4, salary).setParameter(5, currency).executeUpdate();
    }

    /** The contract's monthly salary in force on {@code day}, if one is known. */
    public Optional<ContractSalary> salaryOn(String contractNumber, LocalDate day) {
        return em.createQuery("""
                from ContractSalary where contractNumber = :contract and effectiveOn <= :day
                order by effectiveOn desc""", ContractSalary.class).setParameter("contract", contractNumber)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Locks up to {@code limit} contracts (after the cursor, by number) whose wages have not been judged through
     * {@code lastJudged} and that started by then, skipping rows another instance holds. Only candidates: the
     * domain decides which months are judged.
     */
    @SuppressWarnings("unchecked")
    public List<String> lockContractsToJudge(LocalDate lastJudged, String after, int limit) {
        return em.createNativeQuery("""
                select contract_number from contract_view
                where (wages_judged_through is null or wages_judged_through < ?1)
                  and start_date <= ?4
                  and (wages_judged_through is null
                       or coalesce(least(end_date, terminated_on), date '9999-12-31')
                          >= wages_judged_through + interval '1 month')
                  and contract_number > ?2
                order by contract_number
                limit ?3
                for update skip locked""", String.class)
                .setParameter(1, lastJudged).setParameter(2, after == null ? "" : after).setParameter(3, limit)
                .setParameter(4, lastJudged.plusMonths(1).minusDays(1)).getResultList();
    }

    /** Remembers a permit's end not seen issued; the first end wins. */
    public void recordEndUnseen(String permitNumber, String status, LocalDate endedOn) {
        em.createNativeQuery("""
                insert into permit_end_unseen (permit_number, status, ended_on) values (?1, ?2, ?3)
                on conflict do nothing""")
                .setParameter(1, permitNumber).setParameter(2, status).setParameter(3, endedOn).executeUpdate();
    }

    /** How a permit ended before it was seen issued: status and day. */
    @SuppressWarnings("unchecked")
    public Optional<Object[]> endUnseen(String permitNumber) {
        List<Object[]> rows = em.createNativeQuery(
                "select status, ended_on from permit_end_unseen where permit_number = ?1")
                .setParameter(1, permitNumber).getResultList();
        return rows.stream().findFirst();
    }

    /** Records a replacement once per contract. */
    public void recordReplacement(String contractNumber, String employerBin, String employerIin, String region,
            LocalDate replacedOn, java.time.Instant reportedAt) {
        em.createNativeQuery("""
                insert into worker_replacement (contract_number, employer_bin, employer_iin, region, replaced_on,
                    reported_at)
                values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing""")
                .setParameter(1, contractNumber).setParameter(2, employerBin).setParameter(3, employerIin)
                .setParameter(4, region).setParameter(5, replacedOn).setParameter(6, reportedAt).executeUpdate();
    }
}
