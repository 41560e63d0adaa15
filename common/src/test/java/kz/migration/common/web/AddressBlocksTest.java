package kz.migration.common.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressBlocksTest {

    private final AddressBlocks blocks = AddressBlocks.of(List.of("10.0.0.0/8", "192.168.4.0/22", "127.0.0.10",
            "fd00::/8"));

    @Test
    void matchesAddressesInsideTheBlocksOnly() {
        assertTrue(blocks.contains("10.255.3.4"));
        assertTrue(blocks.contains("192.168.7.255"));
        assertFalse(blocks.contains("192.168.8.0"));
        assertTrue(blocks.contains("127.0.0.10"));
        assertFalse(blocks.contains("127.0.0.11"));
        assertTrue(blocks.contains("fd12:3456::1"));
        assertFalse(blocks.contains("2001:db8::1"));
        assertFalse(blocks.contains("11.0.0.1"));
    }

    @Test
    void neverResolvesNamesAndRefusesMalformedBlocks() {
        assertFalse(blocks.contains("localhost"));
        assertFalse(blocks.contains("ten.example"));
        assertFalse(blocks.contains(""));
        assertThrows(IllegalArgumentException.class, () -> AddressBlocks.of(List.of("proxy.internal/8")));
        assertThrows(IllegalArgumentException.class, () -> AddressBlocks.of(List.of("10.0.0.0/33")));
    }
}
