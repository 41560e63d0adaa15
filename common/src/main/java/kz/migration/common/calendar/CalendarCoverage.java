package kz.migration.common.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import kz.migration.common.rules.Rule;

/**
 * How long the holiday data lasts. Deadlines past its last year are refused (WorkingDayCalendar), so operators are
 * told well before: a warning at start-up, in the readiness details ({@code calendar}) and in the gauge
 * {@code registry_calendar_days_remaining}. The check stays UP: reads and most writes still work without next year.
 */
@Readiness
@ApplicationScoped
@Rule("calendar.coverage-warning")
public class CalendarCoverage implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(CalendarCoverage.class);

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CalendarConfig config;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    void onStart(@Observes StartupEvent start) {
        registry.gauge("registry_calendar_days_remaining", this, CalendarCoverage::daysRemaining);
        if (runningOut(LocalDate.now(clock))) {
            LOG.warnf("The working-day calendar ends on %s, in %d days: add next year's public holidays to the "
                    + "reference data before then", calendar.coveredThrough(), (long) daysRemaining());
        }
    }

    /** Days from today to the last covered day (negative once past it). */
    public double daysRemaining() {
        return ChronoUnit.DAYS.between(LocalDate.now(clock), calendar.coveredThrough());
    }

    /** Whether fewer than the configured days of holiday data remain on {@code today}. */
    public boolean runningOut(LocalDate today) {
        return runningOut(today, calendar.coveredThrough(), config.warnDaysRemaining());
    }

    static boolean runningOut(LocalDate today, LocalDate coveredThrough, int warnDays) {
        return ChronoUnit.DAYS.between(today, coveredThrough) < warnDays;
    }

    @Override
    public HealthCheckResponse call() {
        LocalDate today = LocalDate.now(clock);
        var response = HealthCheckResponse.named("calendar").up()
                .withData("coveredThrough", calendar.coveredThrough().toString())
                .withData("daysRemaining", (long) daysRemaining());
        if (runningOut(today)) {
            response.withData("warning", "fewer than " + config.warnDaysRemaining() + " days of public-holiday data "
                    + "remain; deadlines after " + calendar.coveredThrough() + " will be refused");
        }
        return response.build();
    }
}
