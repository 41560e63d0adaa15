package kz.migration.contract.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContractNumberTest {

    @Test
    void padsTheNumberToSixDigitsAfterTheYear() {
        assertEquals("LC-2026-000001", ContractService.contractNumber(2026, 1));
        assertEquals("LC-2026-000042", ContractService.contractNumber(2026, 42));
        assertEquals("LC-2027-999999", ContractService.contractNumber(2027, 999_999));
    }

    @Test
    void keepsEveryDigitOfALongerNumber() {
        assertEquals("LC-2026-1000000", ContractService.contractNumber(2026, 1_000_000));
        assertEquals("LC-2026-123456789", ContractService.contractNumber(2026, 123_456_789));
    }
}
