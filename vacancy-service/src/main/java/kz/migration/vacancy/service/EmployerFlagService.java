package kz.migration.vacancy.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.vacancy.api.EmployerFlag;
import kz.migration.vacancy.domain.EmployerFlagPolicy;
import kz.migration.vacancy.domain.EmployerReferralRecord;
import kz.migration.vacancy.domain.FlagReason;
import kz.migration.vacancy.repository.ReferralRepository;

/** The employers flagged to officers (those of their region only) and to the ministry and auditors. */
@ApplicationScoped
public class EmployerFlagService {

    /** Employer records read per query while a page of flagged ones is filled. */
    static final int CHUNK = 500;

    @Inject
    ReferralRepository referrals;

    @Inject
    EmployerFlagPolicy policy;

    @Inject
    Caller caller;

    /** One page of flagged employers by BIN and region; the policy decides, the records come in chunks. */
    @Transactional
    public Page<EmployerFlag> flags(String cursor, int limit) {
        String region = caller.is(Roles.OFFICER) ? caller.officerRegion() : null;
        String afterBin = null;
        String afterRegion = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            afterBin = parts.get(0);
            afterRegion = parts.get(1);
        }
        List<EmployerFlag> flagged = new ArrayList<>();
        while (flagged.size() <= limit) {
            List<EmployerReferralRecord> chunk = referrals.records(region, afterBin, afterRegion, CHUNK);
            for (EmployerReferralRecord record : chunk) {
                List<FlagReason> reasons = policy.reasons(record);
                if (!reasons.isEmpty()) {
                    flagged.add(EmployerFlag.of(record, policy.unjustifiedRejectionShare(), reasons));
                }
                if (flagged.size() > limit) {
                    break;
                }
            }
            if (chunk.size() < CHUNK) {
                break;
            }
            EmployerReferralRecord last = chunk.get(chunk.size() - 1);
            afterBin = last.employerBin();
            afterRegion = last.region();
        }
        return Page.of(flagged, limit, f -> new Object[]{f.employerBin(), f.region()}, f -> f);
    }
}
