package kz.migration.acceptance;

import com.fasterxml.jackson.databind.JsonNode;

/** A response: status, body as JSON (null if empty or not JSON), the ETag if any, and the raw text for messages. */
record Reply(int status, JsonNode json, String body, String etag) {

    @Override
    public String toString() {
        return "HTTP " + status + " " + body;
    }
}
