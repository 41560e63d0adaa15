package kz.migration.contract.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class RegistrationGoalsTest {

    @Test
    void eachGoalIsJudgedAgainstItsOwnThreshold() {
        RegistrationGoals run = new RegistrationGoals(950, 1_000, 1_300, 2_000, 49.9, 5.1, 0.9, 1.2,
                OptionalDouble.empty());

        List<String> verdicts = run.goals().stream().map(RegistrationGoals.Goal::verdict).toList();

        // 0.95 >= 0.9; 0.73 < 0.75; floor reported; 49.9 <= 50; 5.1 > 5; 2.1 > 2.0; no durable row
        assertEquals(List.of("met", "not met", "reported", "met", "not met", "not met"), verdicts);
        assertEquals("950.0/s against 1000.0/s = 0.95", run.goals().get(0).figure());
        assertEquals("2000.0/s authenticated one-row inserts; registrations 47.5% of it", run.goals().get(2).figure());
    }

    @Test
    void aDurableRunNamesTheFsyncLimit() {
        RegistrationGoals run = new RegistrationGoals(300, 400, 400, 900, 60, 4, 0.8, 1.1, OptionalDouble.of(1_200));

        RegistrationGoals.Goal durable = run.goals().get(run.goals().size() - 1);

        assertEquals("durable run", durable.name());
        assertEquals("300.0 registrations/s against 1200 fdatasync/s (25.0%)", durable.figure());
        assertTrue(run.markdown().startsWith("| goal (issue 22 §1) | target | this run | |\n|---|---|---|---|\n"));
        assertEquals(2 + 7, run.markdown().lines().count(), "header, separator and seven goals");
    }
}
