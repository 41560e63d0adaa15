package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

@Verifies("inspection.grievance.case-token")
class CaseTokenTest {

    private static final byte[] SECRET = "a-secret-of-at-least-thirty-two-bytes!".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameCaseGetsTheSameTokenAndAnotherCaseAnother() {
        UUID id = UUID.randomUUID();
        String token = CaseToken.issue(SECRET, id);
        assertEquals(43, token.length());
        assertEquals(token, CaseToken.issue(SECRET, id), "a retried filing can show it again");
        assertNotEquals(token, CaseToken.issue(SECRET, UUID.randomUUID()));
        assertNotEquals(token, CaseToken.issue("another-secret-of-at-least-32-bytes!!".getBytes(), id));
    }

    @Test
    void onlyTheHashIsKeptAndItRecognisesTheTokenOnly() {
        String token = CaseToken.issue(SECRET, UUID.randomUUID());
        String hash = CaseToken.hash(token);
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertFalse(hash.contains(token));
        assertTrue(CaseToken.matches(token, hash));
        assertFalse(CaseToken.matches(token.substring(1) + "A", hash));
        assertFalse(CaseToken.matches(null, hash));
        assertFalse(CaseToken.matches(token, null));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CaseToken.issue("short".getBytes(), UUID.randomUUID()));
    }
}
