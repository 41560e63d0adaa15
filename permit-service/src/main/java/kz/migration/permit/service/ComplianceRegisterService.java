package kz.migration.permit.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.event.inspection.EmployerViolationRecorded;
import kz.migration.permit.domain.ComplianceRecord;
import kz.migration.permit.domain.EmployerViolation;
import kz.migration.permit.domain.Finding;
import kz.migration.permit.repository.EmployerViolationRepository;

/**
 * The employer's record in the labour inspectorate's compliance register: kept from EmployerViolationRecorded, read
 * by submissions ({@link ComplianceRecord#atSubmission}) and by the officer's view of an application.
 */
@ApplicationScoped
public class ComplianceRegisterService {

    @Inject
    EmployerViolationRepository violations;

    @Inject
    ComplianceRecord record;

    /** Runs inside the inbox transaction; a copy of an event already applied changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(EmployerViolationRecorded event) {
        if (violations.findByIdOptional(event.violationId()).isPresent()) {
            return;
        }
        EmployerViolation v = new EmployerViolation();
        v.violationId = event.violationId();
        v.caseNumber = event.caseNumber();
        v.employerBin = event.employerBin();
        v.employerIin = event.employerIin();
        v.recruitmentAgencyBin = event.recruitmentAgencyBin();
        v.kind = event.kind();
        v.serious = event.serious();
        v.region = event.region();
        v.legalGround = event.legalGround();
        v.confirmedOn = event.confirmedOn();
        v.recordedAt = event.recordedAt();
        violations.persist(v);
    }

    /** The employer's record as a submission reads it: its findings, and the flags its view then shows. */
    public record AtSubmission(List<Finding> findings, List<ComplianceRecord.Flag> flags) {
    }

    /** One read of the record for both the submission's findings and the flags of its answer. */
    public AtSubmission atSubmission(String bin, LocalDate submittedOn) {
        List<EmployerViolation> recent = recent(bin, submittedOn);
        return new AtSubmission(record.atSubmission(recent, submittedOn), record.flags(recent, submittedOn));
    }

    public List<ComplianceRecord.Flag> flags(String bin, LocalDate on) {
        return bin == null ? List.of() : record.flags(recent(bin, on), on);
    }

    /** The flags of each of {@code bins} on {@code on}, from one read of their records; no entry for none. */
    public Map<String, List<ComplianceRecord.Flag>> flags(Collection<String> bins, LocalDate on) {
        List<String> companies = bins.stream().filter(Objects::nonNull).distinct().toList();
        if (companies.isEmpty()) {
            return Map.of();
        }
        Map<String, List<ComplianceRecord.Flag>> flags = new HashMap<>();
        violations.ofCompaniesSince(companies, since(on)).stream()
                .collect(Collectors.groupingBy(v -> v.employerBin))
                .forEach((bin, recent) -> flags.put(bin, record.flags(recent, on)));
        return flags;
    }

    private List<EmployerViolation> recent(String bin, LocalDate on) {
        return violations.ofCompanySince(bin, since(on));
    }

    private LocalDate since(LocalDate on) {
        return on.minusMonths(record.periodMonths());
    }
}
