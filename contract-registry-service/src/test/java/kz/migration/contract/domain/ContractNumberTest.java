package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractNumberTest {

    @Test
    void padsTheNumberToSixDigitsAfterTheYear() {
        assertEquals("LC-2026-000001", ContractNumber.format(2026, 1));
        assertEquals("LC-2026-000042", ContractNumber.format(2026, 42));
        assertEquals("LC-2027-999999", ContractNumber.format(2027, 999_999));
    }

    @Test
    void keepsEveryDigitOfALongerNumber() {
        assertEquals("LC-2026-1000000", ContractNumber.format(2026, 1_000_000));
        assertEquals("LC-2026-123456789", ContractNumber.format(2026, 123_456_789));
    }
}
