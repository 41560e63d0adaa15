package kz.migration.common.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference data files ({@code reference/*.csv}, copied from the project's shared reference data with their
 * sources). Each is read from the build, then from the directory named by the system property
 * {@code registry.reference.dir} or the environment variable {@code REGISTRY_REFERENCE_DIR}, where one is set:
 * rows there are added after the built-in ones, so an operator loads next year's holidays or MCI by mounting a file,
 * without a new release. Later rows win where a file's reader keys them (a date, a year and indicator).
 */
public final class ReferenceFiles {

    /** System property (or environment variable REGISTRY_REFERENCE_DIR) naming the directory of extra rows. */
    public static final String DIRECTORY = "registry.reference.dir";
    static final String DIRECTORY_ENV = "REGISTRY_REFERENCE_DIR";

    private ReferenceFiles() {
    }

    /** The data rows (header skipped) of {@code name}: built in, then from the configured directory. */
    public static List<List<String>> rows(String name) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = ReferenceFiles.class.getResourceAsStream("/reference/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reference/" + name + " is not in the build");
            }
            rows.addAll(parse(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<Path> extra = directory().map(dir -> dir.resolve(name)).filter(Files::isRegularFile);
        if (extra.isPresent()) {
            try (InputStream in = Files.newInputStream(extra.get())) {
                rows.addAll(parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }

    /** The rows of a CSV stream with a header line; quoted cells may hold commas and doubled quotes. */
    public static List<List<String>> parse(InputStream csv) {
        List<List<String>> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(cells(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().trim());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().trim());
        return cells;
    }

    /**
     * Read before any configuration exists (the calendar is built by plain code and tests too), so from the system
     * property or the environment, not from MicroProfile Config.
     */
    private static Optional<Path> directory() {
        return Optional.ofNullable(System.getProperty(DIRECTORY)).or(() -> Optional.ofNullable(System.getenv(
                DIRECTORY_ENV))).filter(dir -> !dir.isBlank()).map(Path::of);
    }
}
