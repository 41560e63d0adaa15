package kz.migration.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK the services run on: the launcher's own, or another one given by {@code up --service-jdk DIR} (e.g. a JDK
 * 25, whose AOT cache starts them faster; the build stays on JDK 17).
 */
record ServiceJdk(Path home, int feature) {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    static ServiceJdk current() {
        return new ServiceJdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
    }

    /** The JDK installed at {@code home}, its version read from its {@code release} file. */
    static ServiceJdk at(Path home) {
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("--service-jdk " + home + " has no bin/java");
        }
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(home.resolve("release")));
            if (!version.find()) {
                throw new IllegalArgumentException("--service-jdk " + home + ": no JAVA_VERSION in its release file");
            }
            int feature = Integer.parseInt(version.group(1));
            if (feature < 17) {
                throw new IllegalArgumentException("--service-jdk " + home + " is Java " + feature
                        + "; the services need 17 or newer");
            }
            return new ServiceJdk(home.toAbsolutePath().normalize(), feature);
        } catch (IOException e) {
            throw new IllegalArgumentException("--service-jdk " + home + ": cannot read its release file", e);
        }
    }

    Path java() {
        return home.resolve("bin").resolve("java");
    }
}
