package kz.migration.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class CachedDocumentTest {

    private final CachedDocument document = CachedDocument.of("{\"year\":2026}".getBytes(StandardCharsets.UTF_8));

    @Test
    void theEtagIsAStrongTagOfTheBytesAndChangesWithThem() {
        assertTrue(document.etag().matches("\"[0-9a-f]{32}\""), document.etag());
        assertEquals(document.etag(), CachedDocument.of("{\"year\":2026}".getBytes(StandardCharsets.UTF_8)).etag());
        assertNotEquals(document.etag(), CachedDocument.of("{\"year\":2027}".getBytes(StandardCharsets.UTF_8)).etag());
    }

    @Test
    void ifNoneMatchNamesTheDocumentByItsTagItsWeakFormAListOrAStar() {
        String tag = document.etag();
        assertTrue(CachedDocument.matches(tag, tag));
        assertTrue(CachedDocument.matches("W/" + tag, tag));
        assertTrue(CachedDocument.matches("\"other\", " + tag, tag));
        assertTrue(CachedDocument.matches("*", tag));
        assertFalse(CachedDocument.matches("\"other\"", tag));
        assertFalse(CachedDocument.matches(null, tag));
    }

    @Test
    void aMatchingTagAnswers304AndAnyOtherTheDocumentBothWithTagAndMaxAge() {
        Response unchanged = document.json(document.etag(), Duration.ofSeconds(300));
        assertEquals(304, unchanged.getStatus());
        assertEquals(document.etag(), unchanged.getHeaderString("ETag"));
        assertEquals("public, max-age=300", unchanged.getHeaderString("Cache-Control"));
        Response fresh = document.json("\"stale\"", Duration.ofSeconds(300));
        assertEquals(200, fresh.getStatus());
        assertEquals(document.body(), fresh.getEntity());
        assertEquals(document.etag(), fresh.getHeaderString("ETag"));
    }
}
