package kz.migration.contract.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;

import kz.migration.common.audit.AuditRecord;
import kz.migration.contract.domain.LabourContract;
import kz.migration.contract.domain.PermitKind;
import kz.migration.contract.domain.PermitStatus;
import kz.migration.contract.domain.PermitView;
import kz.migration.contract.repository.RegistryRepository.PendingEntry;

/**
 * The two statements of a contract registration, plain JDBC in autocommit (no Hibernate, no transaction held between
 * them) on one borrowed connection ({@link #session}): {@link Session#read} before the rules judge,
 * {@link Session#register} after (database function {@code register_contract}, R__register_contract.sql).
 */
@ApplicationScoped
public class ContractRegistrationRepository {

    /** SQLSTATE of register_contract when the permit is no longer what the registration was judged on. */
    static final String PERMIT_CHANGED = "CR001";

    private static final String READ = """
            select i.request_hash, i.response, p.permit_number, p.kind, p.status, p.employer_bin, p.region,
                p.category, p.occupation_code, p.citizenship, p.worker_document_number, p.vacancy_id, p.valid_from,
                p.valid_to, p.salary, p.updated_at, p.version,
                exists (select 1 from labour_contract c where c.permit_number = p.permit_number
                        and c.status = 'ACTIVE' and c.permit_kind = 'EMPLOYER') as active_employer_contract,
                nextval('contract_number_seq') as contract_number
            from (values (1)) as one
            left join idempotency_record i on i.scope = ? and i.idempotency_key = ?
            left join permit_view p on p.permit_number = ?""";

    private static final String REGISTER = "select registered, stored_request_hash, stored_response from "
            + "register_contract(" + "?, ".repeat(50) + "?)";

    @Inject
    AgroalDataSource dataSource;

    /** A key's earlier request: its hash and the response stored for it. */
    public record StoredRequest(String requestHash, String response) {
    }

    /**
     * What a registration is judged on, read in one statement: the key's earlier request if any, the permit (null
     * when unknown or none named), whether an ACTIVE employer-permit contract rests on it, and a contract number
     * (unused, it leaves a gap, as a rolled-back registration always did).
     */
    public record RegistrationRead(Optional<StoredRequest> earlier, PermitView permit,
            boolean activeEmployerContract, long contractNumber) {
    }

    /** The permit changed between {@link Session#read} and {@link Session#register}: nothing was written; read and judge again. */
    public static final class PermitChangedException extends RuntimeException {
        PermitChangedException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * A connection borrowed for one registration: its read, the judging and its call wait for the pool once, not
     * twice (the pool was where request threads waited most at 16 clients). Still autocommit, so no
     * transaction is open while the rules judge. Close it before anything that borrows a connection of its own
     * (the audit of a replay or a refusal), or a full pool would wait on itself.
     */
    public Session session() {
        try {
            return new Session(dataSource.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not borrow a connection to register: " + e.getMessage(), e);
        }
    }

    /** One registration's connection; see {@link ContractRegistrationRepository#session}. */
    public static final class Session implements AutoCloseable {

        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        public RegistrationRead read(String scope, String key, String permitNumber) {
            try (PreparedStatement read = connection.prepareStatement(READ)) {
                read.setString(1, scope);
                read.setString(2, key);
                read.setString(3, permitNumber);
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                    String requestHash = rs.getString("request_hash");
                    Optional<StoredRequest> earlier = requestHash == null
                            ? Optional.empty()
                            : Optional.of(new StoredRequest(requestHash, rs.getString("response")));
                    PermitView permit = rs.getString("permit_number") == null ? null : permit(rs);
                    return new RegistrationRead(earlier, permit, rs.getBoolean("active_employer_contract"),
                            rs.getLong("contract_number"));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the registration's permit: " + e.getMessage(), e);
            }
        }

        /**
         * Claims {@code key} with {@code response} and writes the contract, its pending entry and {@code audit} on
         * {@code permit} as judged ({@code null}: none). Empty when written; the earlier request when the key was
         * claimed already (nothing written).
         *
         * @throws PermitChangedException when the permit is no longer as judged
         */
        public Optional<StoredRequest> register(String scope, String key, String requestHash, String response,
                PermitView permit, LabourContract c, PendingEntry pending, AuditRecord audit) {
            try (PreparedStatement call = connection.prepareStatement(REGISTER)) {
                int i = 0;
                call.setString(++i, scope);
                call.setString(++i, key);
                call.setString(++i, requestHash);
                call.setString(++i, response);
                call.setString(++i, c.permitNumber);
                call.setObject(++i, permit == null ? null : permit.version, Types.BIGINT);
                call.setObject(++i, c.id);
                call.setString(++i, c.contractNumber);
                call.setString(++i, c.permitKind == null ? null : c.permitKind.name());
                call.setObject(++i, c.vacancyId, Types.OTHER);
                call.setString(++i, c.employerBin);
                call.setString(++i, c.employerIin);
                call.setString(++i, c.region);
                call.setString(++i, c.employerName);
                call.setString(++i, c.recruitmentAgencyBin);
                call.setString(++i, c.workerFullName);
                call.setString(++i, c.workerPassport);
                call.setString(++i, c.workerCitizenship);
                call.setString(++i, c.workerIin);
                call.setString(++i, c.position);
                call.setString(++i, c.occupationCode);
                call.setObject(++i, c.startDate);
                call.setObject(++i, c.endDate, Types.DATE);
                call.setBigDecimal(++i, c.salary);
                call.setString(++i, c.currency);
                call.setShort(++i, c.weeklyHours);
                call.setObject(++i, c.signedOn);
                call.setObject(++i, timestamp(c.registeredAt));
                call.setBoolean(++i, c.late);
                call.setString(++i, c.status.name());
                call.setBytes(++i, c.stateSalt);
                call.setLong(++i, c.version);
                call.setObject(++i, timestamp(pending.recordedAt()));
                call.setString(++i, pending.state());
                call.setString(++i, pending.stateHash());
                call.setString(++i, pending.eventType());
                call.setString(++i, pending.eventPayload());
                call.setString(++i, pending.origin().request().correlationId());
                call.setString(++i, pending.origin().request().clientId());
                call.setString(++i, pending.origin().traceparent());
                call.setObject(++i, timestamp(audit.occurredAt()));
                call.setString(++i, audit.subject());
                call.setString(++i, audit.role());
                call.setString(++i, audit.callerBin());
                call.setString(++i, audit.callerRegion());
                call.setString(++i, audit.action());
                call.setString(++i, audit.resourceType());
                call.setString(++i, audit.resourceId());
                call.setString(++i, audit.outcome().name());
                call.setString(++i, audit.clientId());
                call.setString(++i, audit.correlationId());
                try (ResultSet rs = call.executeQuery()) {
                    rs.next();
                    return rs.getBoolean("registered")
                            ? Optional.empty()
                            : Optional.of(new StoredRequest(rs.getString("stored_request_hash"),
                                    rs.getString("stored_response")));
                }
            } catch (SQLException e) {
                if (PERMIT_CHANGED.equals(e.getSQLState())) {
                    throw new PermitChangedException(e);
                }
                throw new IllegalStateException("Could not register the contract: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not give the registration's connection back: " + e.getMessage(),
                        e);
            }
        }
    }

    private static PermitView permit(ResultSet rs) throws SQLException {
        PermitView p = new PermitView();
        p.permitNumber = rs.getString("permit_number");
        p.kind = PermitKind.valueOf(rs.getString("kind"));
        p.status = PermitStatus.valueOf(rs.getString("status"));
        p.employerBin = rs.getString("employer_bin");
        p.region = rs.getString("region");
        p.category = rs.getString("category");
        p.occupationCode = rs.getString("occupation_code");
        p.citizenship = rs.getString("citizenship");
        p.workerDocumentNumber = rs.getString("worker_document_number");
        p.vacancyId = rs.getObject("vacancy_id", UUID.class);
        p.validFrom = rs.getObject("valid_from", LocalDate.class);
        p.validTo = rs.getObject("valid_to", LocalDate.class);
        p.salary = rs.getBigDecimal("salary");
        OffsetDateTime updatedAt = rs.getObject("updated_at", OffsetDateTime.class);
        p.updatedAt = updatedAt == null ? null : updatedAt.toInstant();
        p.version = rs.getLong("version");
        return p;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
