package kz.migration.inspection.domain;

import java.util.EnumSet;
import java.util.Set;

import kz.migration.common.rules.Rule;

/**
 * The fixed list of legal grounds a finding rests on, each with the article it cites and the kinds of grievance it
 * can ground. A fixed list, not configuration: these articles do not vary by region or date, and a new one is a new
 * constant with its citation. Criminal grounds only ground a referral to the police; the inspectorate confirms no
 * crime itself.
 */
@Rule("inspection.finding.legal-grounds")
public enum LegalGround {

    LABOUR_CODE_ART_7("Labour Code of 23.11.2015 No. 414-V, art. 7: forced labour is prohibited", false,
            EnumSet.of(GrievanceKind.THREAT_OR_FORCED_LABOUR, GrievanceKind.PASSPORT_WITHHELD)), ILO_C029(
                    "ILO Forced Labour Convention, 1930 (No. 29), ratified by Kazakhstan: retaining a worker's identity "
                            + "documents to keep the worker at work",
                    false,
                    EnumSet.of(GrievanceKind.PASSPORT_WITHHELD,
                            GrievanceKind.THREAT_OR_FORCED_LABOUR)), LABOUR_CODE_ART_68(
                                    "Labour Code art. 68: normal working time of at most 40 hours a week", false,
                                    EnumSet.of(GrievanceKind.EXCESSIVE_HOURS,
                                            GrievanceKind.TERMS_DIFFER_FROM_CONTRACT)), LABOUR_CODE_ART_89(
                                                    "Labour Code art. 89: the limits of overtime (2 hours a day)",
                                                    false,
                                                    EnumSet.of(GrievanceKind.EXCESSIVE_HOURS)), LABOUR_CODE_ART_113(
                                                            "Labour Code art. 113(1): wages in tenge, at least monthly, by the first ten days of the "
                                                                    + "next month",
                                                            false, EnumSet.of(GrievanceKind.WAGES_UNPAID_OR_LATE,
                                                                    GrievanceKind.TERMS_DIFFER_FROM_CONTRACT)), KOAP_ART_86(
                                                                            "Code of Administrative Offences art. 86: admitting a person to work without a labour contract",
                                                                            false,
                                                                            EnumSet.of(
                                                                                    GrievanceKind.NO_CONTRACT_GIVEN)), KOAP_ART_87(
                                                                                            "Code of Administrative Offences art. 87: violation of the labour legislation (wages, working "
                                                                                                    + "time, terms of the contract)",
                                                                                            false,
                                                                                            EnumSet.of(
                                                                                                    GrievanceKind.WAGES_UNPAID_OR_LATE,
                                                                                                    GrievanceKind.TERMS_DIFFER_FROM_CONTRACT,
                                                                                                    GrievanceKind.EXCESSIVE_HOURS,
                                                                                                    GrievanceKind.OTHER)), ILO_C181_ART_7(
                                                                                                            "ILO Private Employment Agencies Convention, 1997 (No. 181), art. 7, and the ILO General "
                                                                                                                    + "principles for fair recruitment: no recruitment fee or cost is charged to the worker",
                                                                                                            false,
                                                                                                            EnumSet.of(
                                                                                                                    GrievanceKind.RECRUITMENT_FEE_CHARGED)), CRIMINAL_CODE_ART_128(
                                                                                                                            "Criminal Code of 03.07.2014 art. 128: trafficking in persons, labour exploitation "
                                                                                                                                    + "included",
                                                                                                                            true,
                                                                                                                            EnumSet.allOf(
                                                                                                                                    GrievanceKind.class)), ANTI_TRAFFICKING_LAW(
                                                                                                                                            "Law of 05.07.2024 No. 110-VIII \"On combating trafficking in persons\": exploitation "
                                                                                                                                                    + "through dependency, deception or coercion",
                                                                                                                                            true,
                                                                                                                                            EnumSet.allOf(
                                                                                                                                                    GrievanceKind.class));

    private final String citation;
    private final boolean criminal;
    private final Set<GrievanceKind> kinds;

    LegalGround(String citation, boolean criminal, Set<GrievanceKind> kinds) {
        this.citation = citation;
        this.criminal = criminal;
        this.kinds = kinds;
    }

    public String citation() {
        return citation;
    }

    /** A crime: grounds a referral to the police, never a violation the inspectorate confirms. */
    public boolean criminal() {
        return criminal;
    }

    public boolean grounds(GrievanceKind kind) {
        return kinds.contains(kind);
    }
}
