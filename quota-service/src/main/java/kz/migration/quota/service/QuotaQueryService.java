package kz.migration.quota.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.identifier.KatoRegions;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.quota.api.BalanceView;
import kz.migration.quota.api.ChangeView;
import kz.migration.quota.api.CitizenshipStatistics;
import kz.migration.quota.api.LedgerEntryView;
import kz.migration.quota.api.LedgerVerification;
import kz.migration.quota.api.PublicQuotaSummary;
import kz.migration.quota.api.ReservationView;
import kz.migration.quota.api.UtilisationView;
import kz.migration.quota.config.QuotaConfig;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.repository.QuotaRepository;

/**
 * Reads for the ministry, auditors, officers (their own region only: another region's balance is a 404, as if
 * missing) and the public (aggregates only).
 */
@ApplicationScoped
public class QuotaQueryService {

    @Inject
    QuotaRepository repository;

    @Inject
    Caller caller;

    @Inject
    QuotaConfig config;

    @Inject
    Clock clock;

    @Transactional
    public Balance balance(QuotaKey key) {
        return caller.requireAccess(repository.findBalance(key).orElse(null), null, key.region(), "Quota",
                key.aggregateId());
    }

    @Transactional
    public Page<BalanceView> balances(Integer year, String region, PermitCategory category, String cursor,
            int limit) {
        String visibleRegion = region;
        if (caller.is(Roles.OFFICER)) {
            String own = caller.officerRegion();
            if (region != null && !region.equals(own)) {
                return new Page<>(List.of(), null);
            }
            visibleRegion = own;
        }
        List<Balance> rows = repository.listBalances(year, visibleRegion, category, decodeKey(cursor), limit + 1);
        List<BalanceView> items = rows.stream().limit(limit).map(BalanceView::of).toList();
        String next = rows.size() > limit ? encode(rows.get(limit - 1).key()) : null;
        return new Page<>(items, next);
    }

    @Transactional
    public Page<LedgerEntryView> ledger(QuotaKey key, String cursor, int limit) {
        balance(key);
        long after = cursor == null ? 0 : decodeLong(cursor);
        List<LedgerEntryView> rows = repository.ledger(key, after, limit + 1);
        List<LedgerEntryView> items = rows.stream().limit(limit).toList();
        String next = rows.size() > limit ? encode(Long.toString(items.get(limit - 1).id())) : null;
        return new Page<>(items, next);
    }

    @Transactional
    public UtilisationView utilisation(int year, String region, PermitCategory category, LocalDate from,
            LocalDate to) {
        String visibleRegion = visibleRegion(region);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate end = to != null ? to : (today.isBefore(yearEnd) ? today : yearEnd);
        if (end.isBefore(start)) {
            end = start;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > config.maxUtilisationDays()) {
            throw ProblemException.invalid("to", "the series may span at most " + config.maxUtilisationDays()
                    + " days");
        }
        return new UtilisationView(year, visibleRegion, category,
                repository.utilisation(year, visibleRegion, category, start, end, clock.getZone()));
    }

    @Transactional
    public CitizenshipStatistics citizenships(int year, String region, PermitCategory category) {
        String visibleRegion = visibleRegion(region);
        return new CitizenshipStatistics(year, visibleRegion, category,
                repository.citizenshipCounts(year, visibleRegion, category));
    }

    @Transactional
    public LedgerVerification verify(Integer year) {
        List<LedgerVerification.Mismatch> mismatches = repository.ledgerMismatches(year);
        long[] counts = repository.countBalancesAndLedgerRows(year);
        return new LedgerVerification(year, (int) counts[0], counts[1], mismatches.isEmpty(), mismatches,
                clock.instant());
    }

    @Transactional
    public PublicQuotaSummary publicSummary(int year) {
        List<PublicQuotaSummary.CategoryTotals> byCategory = repository.totalsByCategory(year);
        if (byCategory.isEmpty()) {
            throw ProblemException.notFound("Quota of year", year);
        }
        long allocated = byCategory.stream().mapToLong(c -> c.totals().allocated()).sum();
        long reserved = byCategory.stream().mapToLong(c -> c.totals().reserved()).sum();
        long used = byCategory.stream().mapToLong(c -> c.totals().used()).sum();
        List<PublicQuotaSummary.RegionTotals> byRegion = repository.totalsByRegion(year).stream()
                .map(r -> new PublicQuotaSummary.RegionTotals(r.region(), KatoRegions.all().get(r.region()),
                        r.totals()))
                .toList();
        return new PublicQuotaSummary(year,
                new PublicQuotaSummary.Totals(allocated, reserved, used, allocated - reserved - used), byCategory,
                byRegion);
    }

    @Transactional
    public ChangeView change(UUID changeId) {
        return repository.findChange(changeId).orElseThrow(() -> ProblemException.notFound("Quota change", changeId));
    }

    @Transactional
    @Audited(value = "quota-reservation.read", read = true)
    public ReservationView reservation(UUID reservationId) {
        ReservationView reservation = repository.findReservation(reservationId).orElse(null);
        return caller.requireAccess(reservation, null, reservation == null ? null : reservation.region(),
                "Quota reservation", reservationId);
    }

    /** An officer sees only the own region (another one is a 404); other roles see what they ask for. */
    private String visibleRegion(String region) {
        if (!caller.is(Roles.OFFICER)) {
            return region;
        }
        String own = caller.officerRegion();
        if (region != null && !region.equals(own)) {
            throw ProblemException.notFound("Quota region", region);
        }
        return own;
    }

    private static String encode(QuotaKey key) {
        return encode(key.year() + "|" + key.region() + "|" + key.category());
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }

    private static QuotaKey decodeKey(String cursor) {
        if (cursor == null) {
            return null;
        }
        String[] parts = decode(cursor).split("\\|");
        try {
            return new QuotaKey(Integer.parseInt(parts[0]), parts[1], PermitCategory.valueOf(parts[2]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }

    private static long decodeLong(String cursor) {
        try {
            return Long.parseLong(decode(cursor));
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list returned");
        }
    }
}
