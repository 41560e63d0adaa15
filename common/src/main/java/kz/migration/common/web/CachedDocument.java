package kz.migration.common.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A public document written once and served many times: its bytes and a strong ETag (a hash of them), so a reader
 * who sends the ETag back in If-None-Match gets 304 without a body, and caches may keep it for a max-age.
 */
public record CachedDocument(byte[] body, String etag) {

    /** {@code view} as JSON, with its ETag. */
    public static CachedDocument json(ObjectMapper json, Object view) {
        try {
            return of(json.writeValueAsBytes(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + view.getClass().getSimpleName(), e);
        }
    }

    /** These bytes, with their ETag: the first 128 bits of their SHA-256. */
    public static CachedDocument of(byte[] body) {
        try {
            return new CachedDocument(body, "\"" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(body), 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 304 when {@code ifNoneMatch} names this document, else 200 with it; both with ETag and Cache-Control. */
    public Response.ResponseBuilder response(String ifNoneMatch, String mediaType, Duration maxAge) {
        Response.ResponseBuilder response = matches(ifNoneMatch, etag)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAge.toSeconds());
    }

    /** {@link #response(String, String, Duration)} of a JSON document. */
    public Response json(String ifNoneMatch, Duration maxAge) {
        return response(ifNoneMatch, MediaType.APPLICATION_JSON, maxAge).build();
    }

    /** Whether an If-None-Match header names {@code etag} ({@code *}, the tag, or its weak form: RFC 9110 §13.1.2). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*") || value.equals(etag) || value.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
