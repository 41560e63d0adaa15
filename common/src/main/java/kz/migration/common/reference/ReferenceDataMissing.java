package kz.migration.common.reference;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * A decision needs reference data the registry does not hold (next year's holidays, MCI or minimum wage). The
 * registry refuses rather than guesses; operators add the rows (ReferenceFiles) and the request can be repeated.
 */
public class ReferenceDataMissing extends ProblemException {

    public static final ProblemType TYPE = new ProblemType("reference-data-missing",
            "The registry's reference data does not cover this date", 503);

    public ReferenceDataMissing(String file, String what) {
        super(TYPE, "reference/" + file + " has no " + what + "; the registry does not guess it. Operators add it "
                + "to the reference data (" + ReferenceFiles.DIRECTORY + ")");
        with("referenceFile", file);
    }
}
