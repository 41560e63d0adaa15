package kz.migration.acceptance;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A response: status, body as JSON (null if empty or not JSON), the ETag if any, and the raw text for messages. */
record Reply(int status, JsonNode json, String body, String etag) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A reply from its raw body (a problem, or a plain HTTP answer): read as JSON where it is JSON. */
    static Reply of(int status, String body, String etag) {
        JsonNode json = null;
        if (body != null && !body.isBlank()) {
            try {
                json = JSON.readTree(body);
            } catch (IOException notJson) {
                json = null;
            }
        }
        return new Reply(status, json, body == null ? "" : body, etag);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }
}
