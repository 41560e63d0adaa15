package kz.migration.client.certificate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict reader of the little JSON a certificate holds (RFC 8259): objects as maps in member order, arrays as lists,
 * strings, numbers as {@link BigDecimal}, true, false and null. A duplicate member, trailing text, a lone surrogate
 * or anything else out of the grammar is refused, so two readers can never see two different payloads in one JWS.
 */
final class Json {

    /** Deeper than any key set or payload needs; bounds the recursion on hostile input. */
    private static final int MAX_DEPTH = 16;

    private final String text;
    private int at;

    private Json(String text) {
        this.text = text;
    }

    /** The value of {@code text}; IllegalArgumentException when it is not exactly one JSON value. */
    static Object parse(String text) {
        Json json = new Json(text);
        Object value = json.value(0);
        json.skipWhitespace();
        if (json.at != text.length()) {
            throw json.error("text after the value");
        }
        return value;
    }

    /** The object {@code text} holds; IllegalArgumentException when it holds anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        if (at >= text.length()) {
            throw error("a value was expected");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected '" + c + "'");
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> members = new LinkedHashMap<>();
        at++;
        skipWhitespace();
        if (peek('}')) {
            at++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw error("a member name was expected");
            }
            String name = string();
            skipWhitespace();
            expect(':');
            Object value = value(depth + 1);
            if (members.containsKey(name)) {
                throw error("the member '" + name + "' twice");
            }
            members.put(name, value);
            skipWhitespace();
            if (peek(',')) {
                at++;
            } else {
                expect('}');
                return Collections.unmodifiableMap(members);
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> items = new ArrayList<>();
        at++;
        skipWhitespace();
        if (peek(']')) {
            at++;
            return Collections.unmodifiableList(items);
        }
        while (true) {
            items.add(value(depth + 1));
            skipWhitespace();
            if (peek(',')) {
                at++;
            } else {
                expect(']');
                return Collections.unmodifiableList(items);
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        at++;
        while (true) {
            if (at >= text.length()) {
                throw error("an unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                break;
            }
            if (c < 0x20) {
                throw error("a control character in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("an unterminated escape");
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u':
                    if (at + 4 > text.length()) {
                        throw error("a short \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("a malformed \\u escape");
                    }
                    at += 4;
                    break;
                default:
                    throw error("the escape \\" + escaped);
            }
        }
        String value = out.toString();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw error("a lone surrogate in a string");
            }
        }
        return value;
    }

    private BigDecimal number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            throw error("a malformed number");
        }
        if (peek('.')) {
            at++;
            if (!digits()) {
                throw error("a malformed number");
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                throw error("a malformed number");
            }
        }
        try {
            BigDecimal number = new BigDecimal(text.substring(start, at));
            if (Math.abs((long) number.scale()) > 1000) {
                throw error("an exponent out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            throw error("a malformed number");
        }
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected '" + text.charAt(at) + "'");
        }
        at += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("'" + c + "' was expected");
        }
        at++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not JSON: " + what + " at " + at);
    }
}
