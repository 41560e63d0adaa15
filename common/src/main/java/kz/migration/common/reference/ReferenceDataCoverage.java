package kz.migration.common.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import kz.migration.common.calendar.CalendarConfig;
import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.rules.Rule;

/**
 * How long the reference data lasts. Deadlines past the holiday data's last year and amounts of a year without MCI or
 * minimum wage are refused (never guessed), so operators are told well before: a warning at start-up, in the readiness
 * details ({@code reference-data}) and in the gauges {@code registry_calendar_days_remaining} and
 * {@code registry_economic_indicators_days_remaining}. The check stays UP: reads and most writes still work.
 */
@Readiness
@ApplicationScoped
public class ReferenceDataCoverage implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(ReferenceDataCoverage.class);

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EconomicIndicators indicators;

    @Inject
    CalendarConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent start) {
        registry.gauge("registry_calendar_days_remaining", this, c -> c.daysRemaining(c.calendar.coveredThrough()));
        registry.gauge("registry_economic_indicators_days_remaining", this,
                c -> c.daysRemaining(c.indicatorsThrough()));
        LocalDate today = LocalDate.now(clock);
        if (calendarRunningOut(today)) {
            LOG.warnf("The working-day calendar ends on %s: add next year's public holidays to the reference data "
                    + "before then", calendar.coveredThrough());
        }
        if (indicatorsRunningOut(today)) {
            LOG.warnf("The MCI and minimum wage are known through %s: add next year's amounts to the reference data "
                    + "before then", indicatorsThrough());
        }
    }

    /** The last day of the last year for which both the MCI and the minimum wage are known. */
    public LocalDate indicatorsThrough() {
        int mci = indicators.lastYear(EconomicIndicators.MCI).orElse(0);
        int wage = indicators.lastYear(EconomicIndicators.MINIMUM_MONTHLY_WAGE).orElse(0);
        return LocalDate.of(Math.max(1, Math.min(mci, wage)), 12, 31);
    }

    @Rule("calendar.coverage-warning")
    boolean calendarRunningOut(LocalDate today) {
        return runningOut(today, calendar.coveredThrough(), config.warnDaysRemaining());
    }

    @Rule("reference.indicators-coverage-warning")
    boolean indicatorsRunningOut(LocalDate today) {
        return runningOut(today, indicatorsThrough(), config.indicatorsWarnDaysRemaining());
    }

    public static boolean runningOut(LocalDate today, LocalDate coveredThrough, int warnDays) {
        return ChronoUnit.DAYS.between(today, coveredThrough) < warnDays;
    }

    private double daysRemaining(LocalDate through) {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), through);
    }

    @Override
    public HealthCheckResponse call() {
        LocalDate today = LocalDate.now(clock);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("reference-data").up()
                .withData("calendarCoveredThrough", calendar.coveredThrough().toString())
                .withData("economicIndicatorsThrough", indicatorsThrough().toString());
        if (calendarRunningOut(today)) {
            response.withData("calendarWarning", "fewer than " + config.warnDaysRemaining() + " days of public-"
                    + "holiday data remain; deadlines after " + calendar.coveredThrough() + " will be refused");
        }
        if (indicatorsRunningOut(today)) {
            response.withData("economicIndicatorsWarning", "the MCI and minimum wage are known through "
                    + indicatorsThrough() + "; amounts of a later year will be refused");
        }
        return response.build();
    }
}
