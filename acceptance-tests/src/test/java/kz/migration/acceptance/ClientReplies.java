package kz.migration.acceptance;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a call of the generated client ({@code kz.migration.client.<service>}) into the scenarios' {@link Reply}:
 * the status, the body as JSON, the ETag. An error status is an {@code ApiException} of that service's package; a
 * refused connection (a killed service) is an {@code ApiException} with code 0 and is rethrown, so callers that
 * retry see it as before. Each service's package has its own response and exception classes, hence one branch
 * per package.
 */
final class ClientReplies {

    static final ObjectMapper JSON = kz.migration.client.permit.ApiClient.createDefaultObjectMapper();

    private ClientReplies() {
    }

    static Reply call(Callable<Object> call) {
        try {
            Object response = call.call();
            if (response instanceof kz.migration.client.vacancy.ApiResponse<?> r) {
                return reply(r.getStatusCode(), r.getData(), r.getHeaders());
            }
            if (response instanceof kz.migration.client.permit.ApiResponse<?> r) {
                return reply(r.getStatusCode(), r.getData(), r.getHeaders());
            }
            if (response instanceof kz.migration.client.quota.ApiResponse<?> r) {
                return reply(r.getStatusCode(), r.getData(), r.getHeaders());
            }
            if (response instanceof kz.migration.client.contract.ApiResponse<?> r) {
                return reply(r.getStatusCode(), r.getData(), r.getHeaders());
            }
            if (response instanceof kz.migration.client.inspection.ApiResponse<?> r) {
                return reply(r.getStatusCode(), r.getData(), r.getHeaders());
            }
            throw new IllegalArgumentException("not a generated client response: " + response);
        } catch (kz.migration.client.vacancy.ApiException e) {
            return problem(e.getCode(), e.getResponseBody(), e);
        } catch (kz.migration.client.permit.ApiException e) {
            return problem(e.getCode(), e.getResponseBody(), e);
        } catch (kz.migration.client.quota.ApiException e) {
            return problem(e.getCode(), e.getResponseBody(), e);
        } catch (kz.migration.client.contract.ApiException e) {
            return problem(e.getCode(), e.getResponseBody(), e);
        } catch (kz.migration.client.inspection.ApiException e) {
            return problem(e.getCode(), e.getResponseBody(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(int status, Object data, Map<String, List<String>> headers) {
        JsonNode json = data == null ? null : JSON.valueToTree(data);
        String etag = headers == null
                ? null
                : headers.entrySet().stream()
                        .filter(header -> header.getKey().equalsIgnoreCase("ETag")).findFirst()
                        .flatMap(header -> header.getValue().stream().findFirst()).orElse(null);
        return new Reply(status, json, json == null ? "" : json.toString(), etag);
    }

    private static Reply problem(int status, String body, Exception cause) {
        if (status == 0) {
            // No HTTP answer at all (connection refused, reset): the service is down.
            throw new IllegalStateException("no answer: " + cause.getMessage(), cause);
        }
        return Reply.of(status, body, null);
    }
}
