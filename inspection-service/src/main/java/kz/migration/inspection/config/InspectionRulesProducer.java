package kz.migration.inspection.config;

import java.time.YearMonth;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.StartupEvent;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.inspection.domain.CaseDeadlines;
import kz.migration.inspection.domain.SeriousViolationPolicy;
import kz.migration.inspection.domain.WagePolicy;

/** The domain's policies, built once from the configuration at start-up, so a bad value stops the service. */
public class InspectionRulesProducer {

    /** A setting out of bounds stops the start-up, every such setting named. */
    void checkSettings(@Observes StartupEvent start, InspectionConfig config) {
        config.check().orStop();
    }

    @Produces
    @Singleton
    @Startup
    CaseDeadlines caseDeadlines(InspectionConfig config, WorkingDayCalendar calendar) {
        return new CaseDeadlines(config.cases().deadlineWorkingDays(), config.cases().urgentDeadlineWorkingDays(),
                calendar);
    }

    @Produces
    @Singleton
    @Startup
    WagePolicy wagePolicy(InspectionConfig config) {
        return new WagePolicy(config.wages().shortShare(), config.wages().graceDays(),
                YearMonth.parse(config.wages().monitoredFrom()));
    }

    @Produces
    @Singleton
    @Startup
    SeriousViolationPolicy seriousViolationPolicy(InspectionConfig config) {
        return new SeriousViolationPolicy(config.register().seriousKinds(), config.register().seriousUnpaidMonths());
    }
}
