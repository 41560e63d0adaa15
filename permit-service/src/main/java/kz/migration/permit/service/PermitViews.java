package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.web.Page;
import kz.migration.permit.api.ComplianceFlag;
import kz.migration.permit.api.FeeDue;
import kz.migration.permit.api.Money;
import kz.migration.permit.api.PermitApplicationRequest.Headcount;
import kz.migration.permit.api.PermitApplicationRequest.StaffCount;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.domain.ComplianceRecord;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.StaffDeclaration;
import kz.migration.permit.repository.PageCursor;

/** Applications as their readers see them, and the stored staff declaration in both its forms. */
@ApplicationScoped
public class PermitViews {

    @Inject
    ObjectMapper mapper;

    @Inject
    ComplianceRegisterService compliance;

    @Inject
    Clock clock;

    /** The application with its document check as read with it. */
    public PermitApplicationView view(PermitApplication application) {
        return view(application, application.documentCheck);
    }

    public PermitApplicationView view(PermitApplication a, DocumentVerificationStatus documentCheck) {
        return view(a, documentCheck, compliance.flags(a.employerBin, LocalDate.now(clock)));
    }

    /** With the employer's compliance flags already read in this request. */
    public PermitApplicationView view(PermitApplication a, DocumentVerificationStatus documentCheck,
            List<ComplianceRecord.Flag> flags) {
        return new PermitApplicationView(a.id, a.status, a.employerBin, a.region, a.category, a.occupationCode,
                a.vacancyId, a.termDays, a.startDate,
                new PermitApplicationView.ApplicationWorker(a.workerFullName, a.workerCitizenship,
                        a.workerPassportNumber,
                        a.workerPassportExpiry, a.educationDocumentId, a.educationCountry, a.legalisationReference),
                Money.kzt(a.salary), headcount(a), a.totalEmployees, a.smallBusiness, a.submittedAt, a.receivedOn,
                a.reviewDeadline, documentCheck, a.grounds(), Money.kzt(a.feeAmount), a.feeDue, a.quotaYear,
                a.reservationId, a.permitNumber, a.validFrom, a.validTo, a.renewalCount, a.revocationGround,
                a.bannedUntil, a.version, flags.stream().map(ComplianceFlag::of).toList(),
                a.recruitmentAgencyBin);
    }

    public FeeDue feeDue(PermitApplication a) {
        return new FeeDue(a.id, a.status, Money.kzt(a.feeAmount), a.feeDue,
                a.feeReference(), a.quotaYear);
    }

    /** One page of applications, ordered by review deadline, with each one's document check. */
    public Page<PermitApplicationView> page(List<PermitApplication> rows, int limit) {
        List<PermitApplication> items = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = null;
        if (rows.size() > limit) {
            PermitApplication last = items.get(items.size() - 1);
            next = PageCursor.after(last.reviewDeadline, last.id).encode();
        }
        return new Page<>(views(items), next);
    }

    /** Views of several applications, with one read of their employers' compliance records for them all. */
    public List<PermitApplicationView> views(List<PermitApplication> applications) {
        Map<String, List<ComplianceRecord.Flag>> flags = compliance
                .flags(applications.stream().map(a -> a.employerBin).toList(), LocalDate.now(clock));
        return applications.stream()
                .map(a -> view(a, a.documentCheck, flags.getOrDefault(a.employerBin, List.of()))).toList();
    }

    /** The declaration as the domain reads it. */
    public StaffDeclaration staff(PermitApplication application) {
        return declaration(headcount(application), application.totalEmployees, application.smallBusiness);
    }

    public static StaffDeclaration declaration(Headcount headcount, int totalEmployees, boolean smallBusiness) {
        Map<PermitCategory, StaffCount> counts = new EnumMap<>(PermitCategory.class);
        counts.put(PermitCategory.CATEGORY_1, headcount.category1());
        counts.put(PermitCategory.CATEGORY_2, headcount.category2());
        counts.put(PermitCategory.CATEGORY_3, headcount.category3());
        counts.put(PermitCategory.CATEGORY_4, headcount.category4());
        counts.put(PermitCategory.INTRA_CORPORATE_TRANSFER, headcount.intraCorporateTransfer());
        Map<PermitCategory, Integer> citizens = new EnumMap<>(PermitCategory.class);
        Map<PermitCategory, Integer> foreigners = new EnumMap<>(PermitCategory.class);
        counts.forEach((category, count) -> {
            citizens.put(category, count.citizens());
            if (count.foreigners() != null) {
                foreigners.put(category, count.foreigners());
            }
        });
        return new StaffDeclaration(citizens, foreigners, totalEmployees, smallBusiness);
    }

    public String write(Headcount headcount) {
        try {
            return mapper.writeValueAsString(headcount);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store headcount", e);
        }
    }

    private Headcount headcount(PermitApplication application) {
        try {
            return mapper.readValue(application.headcount, Headcount.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored headcount is unreadable", e);
        }
    }
}
