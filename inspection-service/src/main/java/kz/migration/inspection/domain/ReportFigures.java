package kz.migration.inspection.domain;

/**
 * The figures of an employer's quarterly report, as the registry drafts them from its read-models or the employer
 * corrects them: foreign workers (active contracts) on the first and last day, permits issued and ended, contracts
 * registered and terminated, and foreign workers replaced by citizens, in the quarter.
 */
public record ReportFigures(int foreignWorkersAtStart, int foreignWorkersAtEnd, int permitsIssued, int permitsEnded,
        int contractsRegistered, int contractsTerminated, int replacedByCitizens) {
}
