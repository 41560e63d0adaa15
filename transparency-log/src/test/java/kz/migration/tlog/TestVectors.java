package kz.migration.tlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Reads the published test vectors under {@code src/test/resources/vectors} (see the README there). */
final class TestVectors {

    private TestVectors() {
    }

    static String text(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String path) {
        return text(path).lines().filter(line -> !line.isBlank()).toList();
    }

    static Properties properties(String path) {
        Properties properties = new Properties();
        try (InputStream in = open(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static InputStream open(String path) {
        InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + path);
        if (in == null) {
            throw new IllegalArgumentException("no test vector file " + path);
        }
        return in;
    }
}
