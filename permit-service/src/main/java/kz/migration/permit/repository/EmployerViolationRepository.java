package kz.migration.permit.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.EmployerViolation;

/** The compliance register's violations, from inspection.events. */
@ApplicationScoped
public class EmployerViolationRepository implements PanacheRepositoryBase<EmployerViolation, UUID> {

    /** The company's violations confirmed on or after {@code since}; the domain decides which count. */
    public List<EmployerViolation> ofCompanySince(String bin, LocalDate since) {
        return list("employerBin = ?1 and confirmedOn >= ?2", bin, since);
    }

    /** As {@link #ofCompanySince}, for several companies in one read. */
    public List<EmployerViolation> ofCompaniesSince(Collection<String> bins, LocalDate since) {
        return list("employerBin in ?1 and confirmedOn >= ?2", bins, since);
    }
}
